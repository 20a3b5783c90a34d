package org.vre.lake.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.vre.lake.LakeEvent;

/**
 * One open transaction: small helpers over its connection, and the events it will record on commit
 * (so the log never claims something that was rolled back).
 */
public final class Tx {

    private final Connection connection;
    private final Dialect dialect;
    private final Instant now;
    private final List<PendingEvent> events = new ArrayList<>();

    Tx(Connection connection, Dialect dialect, Instant now) {
        this.connection = connection;
        this.dialect = dialect;
        this.now = now;
    }

    public Connection connection() {
        return connection;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The time of this transaction: every row it writes carries the same instant. */
    public Instant now() {
        return now;
    }

    public long nowMillis() {
        return now.toEpochMilli();
    }

    public void event(String account, String type, String target, String detail) {
        events.add(new PendingEvent(account, type, target, LakeEvent.Outcome.OK, detail));
    }

    private List<LakeEvent> recorded = List.of();

    /** The events this transaction wrote, with their ids; set on commit. */
    List<LakeEvent> recorded() {
        return recorded;
    }

    void recorded(List<LakeEvent> events) {
        this.recorded = events;
    }

    List<PendingEvent> events() {
        return events;
    }

    public int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    /** Inserts one row and returns its generated {@code id}. */
    public long insert(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql, new String[] {"id"})) {
            bind(ps, args);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... args) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        }
    }

    public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... args) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, args);
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(mapper.map(rs)) : Optional.empty();
            }
        }
    }

    public long count(String sql, Object... args) throws SQLException {
        return first(sql, rs -> rs.getLong(1), args).orElse(0L);
    }

    public static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (a instanceof Instant t) {
                ps.setLong(i + 1, t.toEpochMilli());
            } else if (a instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else if (a instanceof Character c) {
                ps.setString(i + 1, c.toString());
            } else {
                ps.setObject(i + 1, a);
            }
        }
    }

    /** Prepared statement for batches, with generated keys when {@code keys} is true. */
    public PreparedStatement prepare(String sql, boolean keys) throws SQLException {
        return keys ? connection.prepareStatement(sql, new String[] {"id"})
                : connection.prepareStatement(sql, Statement.NO_GENERATED_KEYS);
    }

    record PendingEvent(String account, String type, String target, LakeEvent.Outcome outcome, String detail) {
    }
}
