package org.vre.lake.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.vre.core.VreException;
import org.vre.lake.Did;
import org.vre.lake.Names;

/**
 * Typed metadata on DIDs: strings, whole numbers, decimals, booleans and instants. Numbers are also kept as
 * doubles so that {@code <} and {@code >} searches use an index.
 */
final class MetadataStore {

    /** Keys the search reads from the DID row itself, so they cannot be metadata. */
    static final Set<String> RESERVED = Set.of("type", "name", "scope", "bytes", "length", "account", "guid",
            "created_before", "created_after", "created_at", "adler32", "md5", "open");

    private static final String INSERT = "INSERT INTO did_meta (did_id, meta_key, value_kind, text_value, num_value)"
            + " VALUES (?, ?, ?, ?, ?)";

    static void check(Did did, Map<String, Object> metadata) {
        for (Map.Entry<String, Object> e : metadata.entrySet()) {
            String key = e.getKey();
            Names.checkAttributeKey(key);
            if (key.length() > 100) {
                throw new VreException(did + ": metadata key '" + key.substring(0, 30) + "...' is longer than 100");
            }
            if (RESERVED.contains(key.toLowerCase(java.util.Locale.ROOT))) {
                throw new VreException(did + ": metadata key '" + key + "' is reserved (it is a DID attribute)");
            }
            Object v = e.getValue();
            if (v != null && !(v instanceof String || v instanceof Long || v instanceof Integer || v instanceof Double
                    || v instanceof Float || v instanceof Boolean || v instanceof Instant)) {
                throw new VreException(did + ": metadata '" + key + "' has unsupported type "
                        + v.getClass().getSimpleName() + " (use text, number, boolean or instant)");
            }
            if (v instanceof String s && s.length() > 1000) {
                throw new VreException(did + ": metadata '" + key + "' is longer than 1000 characters");
            }
            if (v instanceof Double d && !Double.isFinite(d)) {
                throw new VreException(did + ": metadata '" + key + "' is not a finite number");
            }
        }
    }

    static void insert(PreparedStatement ps, long didId, String key, Object v) throws SQLException {
        char kind;
        String text;
        Double num = null;
        if (v instanceof Long || v instanceof Integer) {
            kind = 'L';
            text = v.toString();
            num = ((Number) v).doubleValue();
        } else if (v instanceof Double || v instanceof Float) {
            kind = 'D';
            text = v.toString();
            num = ((Number) v).doubleValue();
        } else if (v instanceof Boolean) {
            kind = 'B';
            text = v.toString();
        } else if (v instanceof Instant t) {
            kind = 'T';
            text = t.toString();
            num = (double) t.toEpochMilli();
        } else {
            kind = 'S';
            text = (String) v;
        }
        Tx.bind(ps, didId, key, kind, text, num);
        ps.addBatch();
    }

    static void set(Tx tx, long didId, Did did, Map<String, Object> metadata) throws SQLException {
        check(did, metadata);
        try (PreparedStatement delete = tx.prepare("DELETE FROM did_meta WHERE did_id = ? AND meta_key = ?", false);
                PreparedStatement insert = tx.prepare(INSERT, false)) {
            for (Map.Entry<String, Object> e : metadata.entrySet()) {
                Tx.bind(delete, didId, e.getKey());
                delete.addBatch();
                if (e.getValue() != null) {
                    insert(insert, didId, e.getKey(), e.getValue());
                }
            }
            delete.executeBatch();
            insert.executeBatch();
        }
    }

    static PreparedStatement prepareInsert(Tx tx) throws SQLException {
        return tx.prepare(INSERT, false);
    }

    static Map<String, Object> get(Tx tx, long didId) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        tx.list("SELECT meta_key, value_kind, text_value FROM did_meta WHERE did_id = ? ORDER BY meta_key", rs -> {
            String text = rs.getString(3);
            Object v = switch (rs.getString(2).charAt(0)) {
                case 'L' -> Long.valueOf(text);
                case 'D' -> Double.valueOf(text);
                case 'B' -> Boolean.valueOf(text);
                case 'T' -> Instant.parse(text);
                default -> text;
            };
            out.put(rs.getString(1), v);
            return null;
        }, didId);
        return out;
    }
}
