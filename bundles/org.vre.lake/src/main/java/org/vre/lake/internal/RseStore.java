package org.vre.lake.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.vre.core.VreException;
import org.vre.lake.Names;
import org.vre.lake.NotFoundException;
import org.vre.lake.Rse;
import org.vre.lake.RseExpression;
import org.vre.lake.RseProtocol;

/** Storage elements with their attributes and protocols. */
public final class RseStore {

    private final Permissions permissions;

    RseStore(Permissions permissions) {
        this.permissions = permissions;
    }

    /** An RSE with its internal id. */
    record RseRow(long id, Rse rse) {
    }

    Rse insert(Tx tx, String name, boolean deterministic, Map<String, String> attributes, List<RseProtocol> protocols)
            throws SQLException {
        Names.checkRse(name);
        if (tx.count("SELECT COUNT(*) FROM rses WHERE name = ?", name) > 0) {
            throw new VreException("RSE " + name + " already exists");
        }
        long id = tx.insert("INSERT INTO rses (name, deterministic, created_at) VALUES (?, ?, ?)", name, deterministic,
                tx.nowMillis());
        putAttributes(tx, id, attributes);
        for (RseProtocol p : protocols) {
            putProtocol(tx, id, p);
        }
        return get(tx, name);
    }

    Rse add(Tx tx, String actor, String name, boolean deterministic, Map<String, String> attributes,
            List<RseProtocol> protocols) throws SQLException {
        permissions.requireAdmin(tx, actor, "add RSE " + name);
        Rse rse = insert(tx, name, deterministic, attributes, protocols);
        tx.event(actor, "rse.add", name, (deterministic ? "deterministic" : "non-deterministic")
                + protocols.stream().map(RseProtocol::url).toList());
        return rse;
    }

    Optional<RseRow> find(Tx tx, String name) throws SQLException {
        Optional<Long> id = tx.first("SELECT id FROM rses WHERE name = ?", rs -> rs.getLong(1), name);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RseRow(id.get(), load(tx, "WHERE r.id = " + id.get()).get(0)));
    }

    RseRow require(Tx tx, String name) throws SQLException {
        return find(tx, name).orElseThrow(() -> new NotFoundException("RSE " + name + " does not exist"));
    }

    Rse get(Tx tx, String name) throws SQLException {
        return require(tx, name).rse();
    }

    List<Rse> list(Tx tx) throws SQLException {
        return load(tx, "");
    }

    Map<String, Long> ids(Tx tx) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        tx.list("SELECT name, id FROM rses", rs -> ids.put(rs.getString(1), rs.getLong(2)));
        return ids;
    }

    List<Rse> select(Tx tx, String expression) throws SQLException {
        RseExpression parsed = RseExpression.parse(expression);
        List<Rse> all = list(tx);
        Set<String> names = parsed.evaluate(all);
        return all.stream().filter(r -> names.contains(r.name())).toList();
    }

    /** Reads RSEs in three queries (rows, attributes, protocols), so 1,000 RSEs load in one round trip each. */
    private List<Rse> load(Tx tx, String where) throws SQLException {
        Map<Long, Object[]> rows = new LinkedHashMap<>();
        tx.list("SELECT r.id, r.name, r.deterministic, r.created_at FROM rses r " + where + " ORDER BY r.name",
                rs -> rows.put(rs.getLong(1), new Object[] {rs.getString(2), rs.getBoolean(3), rs.getLong(4)}));
        Map<Long, Map<String, String>> attributes = new HashMap<>();
        tx.list("SELECT r.id, a.attr_key, a.attr_value FROM rse_attributes a JOIN rses r ON r.id = a.rse_id " + where,
                rs -> attributes.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2),
                        rs.getString(3)));
        Map<Long, List<RseProtocol>> protocols = new HashMap<>();
        tx.list("SELECT r.id, p.scheme, p.host, p.port, p.prefix, p.read_priority, p.write_priority, p.delete_priority,"
                + " p.tpc_priority FROM rse_protocols p JOIN rses r ON r.id = p.rse_id " + where,
                rs -> protocols.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new RseProtocol(
                        rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getInt(6), rs.getInt(7),
                        rs.getInt(8), rs.getInt(9))));
        List<Rse> out = new ArrayList<>();
        for (Map.Entry<Long, Object[]> e : rows.entrySet()) {
            Object[] r = e.getValue();
            List<RseProtocol> ps = new ArrayList<>(protocols.getOrDefault(e.getKey(), List.of()));
            ps.sort(byReadPriority());
            out.add(new Rse((String) r[0], (Boolean) r[1], attributes.getOrDefault(e.getKey(), Map.of()), ps,
                    Instant.ofEpochMilli((Long) r[2])));
        }
        return out;
    }

    /** Best first; priority 0 (not readable) last. */
    static Comparator<RseProtocol> byReadPriority() {
        return Comparator.comparingInt((RseProtocol p) -> p.readPriority() == 0 ? Integer.MAX_VALUE : p.readPriority())
                .thenComparing(RseProtocol::scheme);
    }

    void setAttributes(Tx tx, String actor, String rse, Map<String, String> attributes) throws SQLException {
        permissions.requireAdmin(tx, actor, "change RSE " + rse);
        RseRow row = require(tx, rse);
        putAttributes(tx, row.id(), attributes);
        tx.event(actor, "rse.set-attribute", rse, new TreeMap<>(attributes).toString());
    }

    void removeAttribute(Tx tx, String actor, String rse, String key) throws SQLException {
        permissions.requireAdmin(tx, actor, "change RSE " + rse);
        RseRow row = require(tx, rse);
        if (tx.update("DELETE FROM rse_attributes WHERE rse_id = ? AND attr_key = ?", row.id(), key) == 0) {
            throw new NotFoundException("RSE " + rse + " has no attribute '" + key + "'");
        }
        tx.event(actor, "rse.remove-attribute", rse, key);
    }

    private static void putAttributes(Tx tx, long id, Map<String, String> attributes) throws SQLException {
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            Names.checkAttributeKey(e.getKey());
            String v = e.getValue();
            if (v == null || v.isEmpty() || v.length() > 255 || v.chars().anyMatch(Character::isISOControl)) {
                throw new VreException("RSE attribute '" + e.getKey() + "': value must be 1 to 255 printable characters");
            }
            if (e.getKey().equals("rse")) {
                throw new VreException("RSE attribute 'rse' is reserved: it is always the RSE's own name");
            }
            tx.update("DELETE FROM rse_attributes WHERE rse_id = ? AND attr_key = ?", id, e.getKey());
            tx.update("INSERT INTO rse_attributes (rse_id, attr_key, attr_value) VALUES (?, ?, ?)", id, e.getKey(), v);
        }
    }

    void addProtocol(Tx tx, String actor, String rse, RseProtocol protocol) throws SQLException {
        permissions.requireAdmin(tx, actor, "change RSE " + rse);
        putProtocol(tx, require(tx, rse).id(), protocol);
        tx.event(actor, "rse.add-protocol", rse, protocol.url());
    }

    private static void putProtocol(Tx tx, long id, RseProtocol p) throws SQLException {
        tx.update("DELETE FROM rse_protocols WHERE rse_id = ? AND scheme = ? AND host = ? AND port = ?", id, p.scheme(),
                p.host(), p.port());
        tx.update("INSERT INTO rse_protocols (rse_id, scheme, host, port, prefix, read_priority, write_priority,"
                + " delete_priority, tpc_priority) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, p.scheme(), p.host(), p.port(),
                p.prefix(), p.readPriority(), p.writePriority(), p.deletePriority(), p.tpcPriority());
    }

    void removeProtocol(Tx tx, String actor, String rse, String scheme) throws SQLException {
        permissions.requireAdmin(tx, actor, "change RSE " + rse);
        if (tx.update("DELETE FROM rse_protocols WHERE rse_id = ? AND scheme = ?", require(tx, rse).id(), scheme) == 0) {
            throw new NotFoundException("RSE " + rse + " has no protocol '" + scheme + "'");
        }
        tx.event(actor, "rse.remove-protocol", rse, scheme);
    }

    void delete(Tx tx, String actor, String rse) throws SQLException {
        permissions.requireAdmin(tx, actor, "delete RSE " + rse);
        long id = require(tx, rse).id();
        long replicas = tx.count("SELECT COUNT(*) FROM replicas WHERE rse_id = ?", id);
        if (replicas > 0) {
            throw new VreException("RSE " + rse + " still holds " + replicas + " replicas: delete them first");
        }
        if (tx.count("SELECT COUNT(*) FROM requests WHERE (dest_rse_id = ? OR source_rse_id = ?)"
                + " AND state IN ('QUEUED', 'SUBMITTED')", id, id) > 0) {
            throw new VreException("RSE " + rse + " has pending transfers");
        }
        tx.update("DELETE FROM rse_attributes WHERE rse_id = ?", id);
        tx.update("DELETE FROM rse_protocols WHERE rse_id = ?", id);
        tx.update("DELETE FROM requests WHERE dest_rse_id = ? OR source_rse_id = ?", id, id);
        tx.update("DELETE FROM rses WHERE id = ?", id);
        tx.event(actor, "rse.delete", rse, null);
    }
}
