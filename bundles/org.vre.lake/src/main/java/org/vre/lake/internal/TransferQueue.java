package org.vre.lake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.vre.core.VreException;
import org.vre.lake.Did;
import org.vre.lake.NotFoundException;
import org.vre.lake.TransferQuery;
import org.vre.lake.TransferRequest;
import org.vre.lake.TransferState;

/**
 * The queue of copies the rules need. Transfer engines (any number, in any process) claim QUEUED requests with a
 * conditional update, so two engines never take the same one, and report each as complete or failed.
 */
public final class TransferQueue {

    private final Permissions permissions;
    private final RuleEngine rules;
    private final int maxAttempts;

    TransferQueue(Permissions permissions, RuleEngine rules, int maxAttempts) {
        this.permissions = permissions;
        this.rules = rules;
        this.maxAttempts = maxAttempts;
    }

    private static final String COLUMNS = "q.id, q.rule_id, d.scope, d.name, s.name, t.name, q.state, q.attempts, q.reason,"
            + " d.bytes, d.adler32, d.md5, q.activity, q.created_at, q.updated_at";
    private static final String FROM = " FROM requests q JOIN dids d ON d.id = q.did_id LEFT JOIN rses s ON s.id = q.source_rse_id"
            + " JOIN rses t ON t.id = q.dest_rse_id";

    private static TransferRequest map(ResultSet rs) throws SQLException {
        long bytes = rs.getLong(10);
        Long b = rs.wasNull() ? null : bytes;
        return new TransferRequest(rs.getLong(1), rs.getString(2), new Did(rs.getString(3), rs.getString(4)),
                rs.getString(5), rs.getString(6), TransferState.valueOf(rs.getString(7)), rs.getInt(8), rs.getString(9), b,
                trim(rs.getString(11)), trim(rs.getString(12)), rs.getString(13), Instant.ofEpochMilli(rs.getLong(14)),
                Instant.ofEpochMilli(rs.getLong(15)));
    }

    List<TransferRequest> list(Tx tx, TransferQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + FROM + " WHERE 1=1");
        List<Object> args = new ArrayList<>();
        if (query.state() != null) {
            sql.append(" AND q.state = ?");
            args.add(query.state());
        }
        if (query.sourceRse() != null) {
            sql.append(" AND s.name = ?");
            args.add(query.sourceRse());
        }
        if (query.destinationRse() != null) {
            sql.append(" AND t.name = ?");
            args.add(query.destinationRse());
        }
        if (query.ruleId() != null) {
            sql.append(" AND q.rule_id = ?");
            args.add(query.ruleId());
        }
        sql.append(" ORDER BY q.id");
        List<TransferRequest> all = tx.list(sql.toString(), TransferQueue::map, args.toArray());
        return all.size() > query.limit() ? all.subList(0, query.limit()) : all;
    }

    TransferRequest get(Tx tx, long id) throws SQLException {
        return find(tx, id).orElseThrow(() -> new NotFoundException("transfer request " + id + " does not exist"));
    }

    private Optional<TransferRequest> find(Tx tx, long id) throws SQLException {
        return tx.first("SELECT " + COLUMNS + FROM + " WHERE q.id = ?", TransferQueue::map, id);
    }

    List<TransferRequest> claim(Tx tx, String actor, String destinationRse, int max) throws SQLException {
        permissions.requireTransferService(tx, actor, "claim transfer requests");
        if (max < 1) {
            throw new VreException("claim at least one request, not " + max);
        }
        List<Object> args = new ArrayList<>();
        String sql = "SELECT q.id FROM requests q JOIN rses t ON t.id = q.dest_rse_id LEFT JOIN rules ru ON ru.id = q.rule_id"
                + " WHERE q.state = 'QUEUED' AND q.source_rse_id IS NOT NULL"
                + " AND (ru.state IS NULL OR ru.state <> 'SUSPENDED')";
        if (destinationRse != null) {
            sql += " AND t.name = ?";
            args.add(destinationRse);
        }
        List<Long> candidates = tx.list(sql + " ORDER BY q.id", rs -> rs.getLong(1), args.toArray());
        List<TransferRequest> claimed = new ArrayList<>();
        for (long id : candidates) {
            if (claimed.size() >= max) {
                break;
            }
            // conditional: a concurrent engine that got there first leaves this at 0 rows
            if (tx.update("UPDATE requests SET state = 'SUBMITTED', attempts = attempts + 1, updated_at = ?"
                    + " WHERE id = ? AND state = 'QUEUED'", tx.nowMillis(), id) == 1) {
                claimed.add(get(tx, id));
            }
        }
        if (!claimed.isEmpty()) {
            tx.event(actor, "transfer.submit", destinationRse == null ? "*" : destinationRse, claimed.size()
                    + " requests: " + claimed.stream().map(TransferRequest::id).toList());
        }
        return claimed;
    }

    void complete(Tx tx, String actor, long id, long bytes, String adler32, String md5) throws SQLException {
        permissions.requireTransferService(tx, actor, "complete transfer requests");
        TransferRequest r = get(tx, id);
        if (r.state() == TransferState.DONE) {
            return; // the replica arrived by another way already; completing twice is harmless
        }
        if (r.state() != TransferState.SUBMITTED) {
            throw new VreException("transfer request " + id + " is " + r.state()
                    + (r.reason() == null ? "" : " (" + r.reason() + ")") + ": only SUBMITTED requests complete");
        }
        check(r, "bytes", r.bytes() == null ? null : r.bytes().toString(), Long.toString(bytes));
        check(r, "adler32", r.adler32(), adler32);
        check(r, "md5", r.md5(), md5);
        long didId = tx.first("SELECT did_id FROM requests WHERE id = ?", rs -> rs.getLong(1), id).orElseThrow();
        long rseId = tx.first("SELECT dest_rse_id FROM requests WHERE id = ?", rs -> rs.getLong(1), id).orElseThrow();
        if (tx.update("UPDATE replicas SET state = 'AVAILABLE', bytes = ?, adler32 = COALESCE(?, adler32),"
                + " md5 = COALESCE(?, md5), suspicious = 0, updated_at = ? WHERE did_id = ? AND rse_id = ?", bytes, adler32,
                md5, tx.nowMillis(), didId, rseId) == 0) {
            tx.update("INSERT INTO replicas (did_id, rse_id, state, bytes, adler32, md5, path, lock_count, suspicious,"
                    + " tombstone, created_at, updated_at) VALUES (?, ?, 'AVAILABLE', ?, ?, ?, NULL, 0, 0, ?, ?, ?)", didId,
                    rseId, bytes, adler32, md5, tx.nowMillis(), tx.nowMillis(), tx.nowMillis());
        }
        tx.update("UPDATE requests SET state = 'DONE', reason = NULL, updated_at = ? WHERE id = ?", tx.nowMillis(), id);
        tx.event(actor, "transfer.done", r.did() + "@" + r.destinationRse(), "request " + id + " from " + r.sourceRse()
                + ", " + bytes + " bytes, attempt " + r.attempts());
        rules.replicaArrived(tx, didId, rseId);
    }

    private static void check(TransferRequest r, String what, String expected, String actual) {
        if (expected != null && actual != null && !expected.equalsIgnoreCase(actual)) {
            throw new VreException("transfer request " + r.id() + " of " + r.did() + ": " + what + " is " + actual
                    + " but the catalogue has " + expected + "; report it with failRequest");
        }
    }

    void fail(Tx tx, String actor, long id, String reason) throws SQLException {
        permissions.requireTransferService(tx, actor, "fail transfer requests");
        TransferRequest r = get(tx, id);
        if (r.state() != TransferState.SUBMITTED && r.state() != TransferState.QUEUED) {
            throw new VreException("transfer request " + id + " is " + r.state() + ": only QUEUED or SUBMITTED requests fail");
        }
        String why = reason == null || reason.isBlank() ? "no reason given" : reason;
        if (r.attempts() < maxAttempts) {
            tx.update("UPDATE requests SET state = 'QUEUED', reason = ?, updated_at = ? WHERE id = ?", why, tx.nowMillis(), id);
            tx.event(actor, "transfer.retry", r.did() + "@" + r.destinationRse(), "request " + id + " attempt "
                    + r.attempts() + "/" + maxAttempts + " failed: " + why);
            return;
        }
        tx.update("UPDATE requests SET state = 'FAILED', reason = ?, updated_at = ? WHERE id = ?", why, tx.nowMillis(), id);
        long didId = tx.first("SELECT did_id FROM requests WHERE id = ?", rs -> rs.getLong(1), id).orElseThrow();
        long rseId = tx.first("SELECT dest_rse_id FROM requests WHERE id = ?", rs -> rs.getLong(1), id).orElseThrow();
        List<String> touched = tx.list("SELECT rule_id FROM locks WHERE did_id = ? AND rse_id = ? AND state = 'REPLICATING'",
                rs -> rs.getString(1), didId, rseId);
        tx.update("UPDATE locks SET state = 'STUCK' WHERE did_id = ? AND rse_id = ? AND state = 'REPLICATING'", didId, rseId);
        tx.event(actor, "transfer.failed", r.did() + "@" + r.destinationRse(), "request " + id + " gave up after "
                + r.attempts() + " attempts: " + why);
        for (String ruleId : touched) {
            rules.updateState(tx, ruleId, actor);
        }
    }

    void retry(Tx tx, String actor, long id) throws SQLException {
        TransferRequest r = get(tx, id);
        if (r.ruleId() != null) {
            String owner = tx.first("SELECT account FROM rules WHERE id = ?", rs -> rs.getString(1), r.ruleId())
                    .orElse(null);
            if (owner == null) {
                throw new VreException("transfer request " + id + " belongs to a deleted rule");
            }
            permissions.requireOwnerOrAdmin(tx, actor, owner, "retry transfer request " + id);
        } else {
            permissions.requireTransferService(tx, actor, "retry transfer request " + id);
        }
        if (r.state() != TransferState.FAILED) {
            throw new VreException("transfer request " + id + " is " + r.state() + ": only FAILED requests are retried");
        }
        long didId = tx.first("SELECT did_id FROM requests WHERE id = ?", rs -> rs.getLong(1), id).orElseThrow();
        long rseId = tx.first("SELECT dest_rse_id FROM requests WHERE id = ?", rs -> rs.getLong(1), id).orElseThrow();
        Long source = r.sourceRse() == null ? rules.bestSource(tx, didId, rseId, null).orElseThrow(
                () -> new VreException("cannot retry request " + id + ": " + RuleEngine.NO_SOURCE + " of " + r.did()))
                : tx.first("SELECT source_rse_id FROM requests WHERE id = ?", rs -> rs.getLong(1), id).orElseThrow();
        tx.update("UPDATE requests SET state = 'QUEUED', attempts = 0, source_rse_id = ?, updated_at = ? WHERE id = ?",
                source, tx.nowMillis(), id);
        List<String> touched = tx.list("SELECT rule_id FROM locks WHERE did_id = ? AND rse_id = ? AND state = 'STUCK'",
                rs -> rs.getString(1), didId, rseId);
        tx.update("UPDATE locks SET state = 'REPLICATING' WHERE did_id = ? AND rse_id = ? AND state = 'STUCK'", didId, rseId);
        tx.event(actor, "transfer.requeue", r.did() + "@" + r.destinationRse(), "request " + id);
        for (String ruleId : touched) {
            rules.updateState(tx, ruleId, actor);
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
