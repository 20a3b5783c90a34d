package org.vre.lake.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.vre.lake.EventQuery;
import org.vre.lake.LakeEvent;
import org.vre.lake.LakeEventListener;

/**
 * The event log: rows written in the same transaction as the operation they describe, failures in their own
 * transaction, and in-process listeners told after commit. Other processes follow the log by id.
 */
public final class EventLog {

    private static final int MAX_DETAIL = 2000;

    private final Database db;
    private final List<LakeEventListener> listeners = new CopyOnWriteArrayList<>();

    EventLog(Database db) {
        this.db = db;
    }

    public void addListener(LakeEventListener listener) {
        listeners.add(listener);
    }

    public void removeListener(LakeEventListener listener) {
        listeners.remove(listener);
    }

    List<LakeEvent> insert(Tx tx) throws SQLException {
        if (tx.events().isEmpty()) {
            return List.of();
        }
        List<LakeEvent> out = new ArrayList<>();
        try (PreparedStatement ps = tx.prepare("INSERT INTO events (at_millis, account, event_type, target, outcome, detail)"
                + " VALUES (?, ?, ?, ?, ?, ?)", true)) {
            for (Tx.PendingEvent e : tx.events()) {
                Tx.bind(ps, tx.nowMillis(), e.account(), e.type(), clip(e.target(), 600), e.outcome(),
                        clip(e.detail(), MAX_DETAIL));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    out.add(new LakeEvent(keys.getLong(1), tx.now(), e.account(), e.type(), e.target(), e.outcome(),
                            e.detail()));
                }
            }
        }
        return out;
    }

    /** Records an operation that failed; its own transaction, since the operation's was rolled back. */
    public void recordFailure(String account, String type, String target, String message) {
        try {
            db.transaction(tx -> {
                tx.events().add(new Tx.PendingEvent(account == null ? "?" : clip(account, 25), type, target,
                        LakeEvent.Outcome.FAILED, message));
                return null;
            });
        } catch (RuntimeException e) {
            // the store itself is failing; the caller reports the original error
        }
    }

    /** Records an event about work done outside the catalogue (transfers), in its own transaction. */
    public LakeEvent record(String account, String type, String target, LakeEvent.Outcome outcome, String detail) {
        if (type == null || !type.matches("[a-z][a-z0-9_\\-]*(\\.[a-z0-9_\\-]+)*") || type.length() > 50) {
            throw new org.vre.core.VreException("event type '" + type + "' is refused: use dotted lower-case words"
                    + " such as transfer.upload (at most 50 characters)");
        }
        Tx[] done = new Tx[1];
        db.transaction(tx -> {
            if (tx.count("SELECT COUNT(*) FROM accounts WHERE name = ?", account) == 0) {
                throw new org.vre.lake.PermissionDeniedException("account '" + account
                        + "' does not exist in this lake");
            }
            tx.events().add(new Tx.PendingEvent(account, type, target, outcome == null ? LakeEvent.Outcome.OK : outcome,
                    detail));
            done[0] = tx;
            return null;
        });
        return done[0].recorded().get(0);
    }

    void publish(List<LakeEvent> events) {
        for (LakeEvent event : events) {
            for (LakeEventListener listener : listeners) {
                try {
                    listener.onEvent(event);
                } catch (RuntimeException e) {
                    // one faulty listener must not break the operation that already committed
                }
            }
        }
    }

    public Stream<LakeEvent> query(EventQuery q) {
        StringBuilder sql = new StringBuilder("SELECT id, at_millis, account, event_type, target, outcome, detail"
                + " FROM events WHERE 1=1");
        List<Object> args = new ArrayList<>();
        if (q.afterId() != null) {
            sql.append(" AND id > ?");
            args.add(q.afterId());
        }
        if (q.account() != null) {
            sql.append(" AND account = ?");
            args.add(q.account());
        }
        if (q.typePrefix() != null) {
            sql.append(" AND event_type LIKE ? ESCAPE '\\'");
            args.add(Like.escape(q.typePrefix()) + "%");
        }
        if (q.since() != null) {
            sql.append(" AND at_millis >= ?");
            args.add(q.since().toEpochMilli());
        }
        if (q.until() != null) {
            sql.append(" AND at_millis < ?");
            args.add(q.until().toEpochMilli());
        }
        sql.append(" ORDER BY id");
        Stream<LakeEvent> events = db.stream(sql.toString(), rs -> new LakeEvent(rs.getLong(1),
                Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                LakeEvent.Outcome.valueOf(rs.getString(6)), rs.getString(7)), args.toArray());
        return q.limit() < Integer.MAX_VALUE ? events.limit(q.limit()) : events;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
