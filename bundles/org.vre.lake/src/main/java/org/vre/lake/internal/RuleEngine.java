package org.vre.lake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.vre.core.VreException;
import org.vre.lake.Did;
import org.vre.lake.DidType;
import org.vre.lake.LockState;
import org.vre.lake.NotFoundException;
import org.vre.lake.ReplicaLock;
import org.vre.lake.ReplicaState;
import org.vre.lake.Rse;
import org.vre.lake.Rule;
import org.vre.lake.RuleGrouping;
import org.vre.lake.RuleSpec;
import org.vre.lake.RuleState;

/**
 * Turns rules into replica locks and transfer requests, and keeps lock and rule states in step with replicas:
 * a lock is OK when its replica is AVAILABLE, REPLICATING while a request is pending, STUCK when no copy can be
 * made. A rule is STUCK if any lock is, else REPLICATING if any lock is, else OK (unless SUSPENDED).
 */
public final class RuleEngine {

    static final String NO_SOURCE = "no AVAILABLE source replica";

    private final Permissions permissions;
    private final DidStore dids;
    private final RseStore rses;

    RuleEngine(Permissions permissions, DidStore dids, RseStore rses) {
        this.permissions = permissions;
        this.dids = dids;
        this.rses = rses;
    }

    static final String COLUMNS = "ru.id, ru.account, d.scope, d.name, ru.copies, ru.rse_expression, ru.lifetime_seconds,"
            + " ru.grouping_kind, ru.source_expression, ru.activity, ru.locked, ru.comment_text, ru.state, ru.error,"
            + " ru.expires_at, ru.created_at, ru.updated_at,"
            + " (SELECT COUNT(*) FROM locks l WHERE l.rule_id = ru.id AND l.state = 'OK'),"
            + " (SELECT COUNT(*) FROM locks l WHERE l.rule_id = ru.id AND l.state = 'REPLICATING'),"
            + " (SELECT COUNT(*) FROM locks l WHERE l.rule_id = ru.id AND l.state = 'STUCK')";

    static Rule map(ResultSet rs) throws SQLException {
        long lifetime = rs.getLong(7);
        Duration life = rs.wasNull() ? null : Duration.ofSeconds(lifetime);
        RuleSpec spec = new RuleSpec(new Did(rs.getString(3), rs.getString(4)), rs.getInt(5), rs.getString(6), life,
                RuleGrouping.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10), rs.getBoolean(11),
                rs.getString(12));
        long expires = rs.getLong(15);
        Instant expiresAt = rs.wasNull() ? null : Instant.ofEpochMilli(expires);
        return new Rule(rs.getString(1), rs.getString(2), spec, RuleState.valueOf(rs.getString(13)), rs.getString(14),
                rs.getInt(18), rs.getInt(19), rs.getInt(20), expiresAt, Instant.ofEpochMilli(rs.getLong(16)),
                Instant.ofEpochMilli(rs.getLong(17)));
    }

    Optional<Rule> find(Tx tx, String id) throws SQLException {
        return tx.first("SELECT " + COLUMNS + " FROM rules ru JOIN dids d ON d.id = ru.did_id WHERE ru.id = ?",
                RuleEngine::map, id);
    }

    Rule require(Tx tx, String id) throws SQLException {
        return find(tx, id).orElseThrow(() -> new NotFoundException("rule " + id + " does not exist"));
    }

    List<Rule> list(Tx tx, Did did, String account) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM rules ru JOIN dids d ON d.id = ru.did_id WHERE 1=1");
        List<Object> args = new ArrayList<>();
        if (did != null) {
            sql.append(" AND ru.did_id = ?");
            args.add(dids.require(tx, did).id());
        }
        if (account != null) {
            sql.append(" AND ru.account = ?");
            args.add(account);
        }
        sql.append(" ORDER BY ru.created_at, ru.id");
        return tx.list(sql.toString(), RuleEngine::map, args.toArray());
    }

    List<ReplicaLock> locks(Tx tx, String ruleId) throws SQLException {
        require(tx, ruleId);
        return tx.list("SELECT l.rule_id, d.scope, d.name, r.name, l.state FROM locks l JOIN dids d ON d.id = l.did_id"
                + " JOIN rses r ON r.id = l.rse_id WHERE l.rule_id = ? ORDER BY d.id, r.name",
                rs -> new ReplicaLock(rs.getString(1), new Did(rs.getString(2), rs.getString(3)), rs.getString(4),
                        LockState.valueOf(rs.getString(5))), ruleId);
    }

    Rule add(Tx tx, String actor, RuleSpec spec) throws SQLException {
        permissions.actor(tx, actor);
        DidRow did = dids.require(tx, spec.did());
        List<Rse> targets = rses.select(tx, spec.rseExpression());
        if (spec.copies() > targets.size()) {
            throw new VreException("rule on " + spec.did() + " asks for " + spec.copies() + " copies but '"
                    + spec.rseExpression() + "' selects only " + targets.size() + " RSE(s): "
                    + targets.stream().map(Rse::name).toList());
        }
        Set<String> sources = spec.sourceExpression() == null ? null
                : rses.select(tx, spec.sourceExpression()).stream().map(Rse::name).collect(Collectors.toSet());
        String id = UUID.randomUUID().toString();
        Instant expires = spec.lifetime() == null ? null : tx.now().plus(spec.lifetime());
        tx.update("INSERT INTO rules (id, did_id, account, copies, rse_expression, grouping_kind, source_expression,"
                + " activity, lifetime_seconds, expires_at, locked, comment_text, state, error, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REPLICATING', NULL, ?, ?)", id, did.id(), actor,
                spec.copies(), spec.rseExpression(), spec.grouping(), spec.sourceExpression(), spec.activity(),
                spec.lifetime() == null ? null : spec.lifetime().toSeconds(), expires, spec.locked(), spec.comment(),
                tx.nowMillis(), tx.nowMillis());
        Map<String, Long> rseIds = rses.ids(tx);
        Map<Long, String> rseNames = new HashMap<>();
        rseIds.forEach((k, v) -> rseNames.put(v, k));
        Set<Long> sourceIds = sources == null ? null
                : sources.stream().map(rseIds::get).collect(Collectors.toSet());
        int requests = 0;
        int locks = 0;
        for (List<Long> group : groups(tx, did, spec.grouping())) {
            for (long rseId : choose(tx, group, targets, spec.copies(), rseIds)) {
                for (long fileId : group) {
                    requests += lock(tx, id, fileId, rseId, sourceIds, spec.activity()) ? 1 : 0;
                    locks++;
                }
            }
        }
        updateState(tx, id, actor);
        tx.event(actor, "rule.add", id, spec.did() + " x" + spec.copies() + " on '" + spec.rseExpression() + "': "
                + locks + " locks, " + requests + " transfers");
        return require(tx, id);
    }

    /** The files of a DID, grouped as the rule's grouping asks. */
    private List<List<Long>> groups(Tx tx, DidRow did, RuleGrouping grouping) throws SQLException {
        if (did.type() == DidType.FILE) {
            return List.of(List.of(did.id()));
        }
        List<long[]> files = tx.list(DidStore.FILES_BELOW + "SELECT a.parent_id, d.id FROM (SELECT DISTINCT id FROM below) b JOIN dids d ON d.id = b.id"
                + " JOIN attachments a ON a.child_id = d.id JOIN (SELECT DISTINCT id FROM below) p ON p.id = a.parent_id"
                + " WHERE d.did_type = 'F' ORDER BY d.id", rs -> new long[] {rs.getLong(1), rs.getLong(2)}, did.id());
        Map<Long, List<Long>> byDataset = new LinkedHashMap<>();
        Map<Long, Boolean> seen = new HashMap<>();
        for (long[] f : files) {
            if (seen.putIfAbsent(f[1], true) != null) {
                continue; // a file in two datasets of the same container is locked once
            }
            byDataset.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1]);
        }
        List<List<Long>> out = new ArrayList<>();
        switch (grouping) {
            case ALL -> {
                List<Long> all = new ArrayList<>();
                byDataset.values().forEach(all::addAll);
                if (!all.isEmpty()) {
                    out.add(all);
                }
            }
            case DATASET -> out.addAll(byDataset.values());
            case NONE -> byDataset.values().forEach(g -> g.forEach(f -> out.add(List.of(f))));
        }
        return out;
    }

    /** Prefers RSEs that already hold most of the group, so a rule moves as little data as it can. */
    private List<Long> choose(Tx tx, List<Long> group, List<Rse> targets, int copies, Map<String, Long> rseIds)
            throws SQLException {
        Map<Long, Integer> present = new HashMap<>();
        for (int from = 0; from < group.size(); from += 500) {
            List<Long> part = group.subList(from, Math.min(group.size(), from + 500));
            String in = part.stream().map(String::valueOf).collect(Collectors.joining(","));
            tx.list("SELECT rse_id, COUNT(*) FROM replicas WHERE state IN ('AVAILABLE', 'COPYING') AND did_id IN (" + in
                    + ") GROUP BY rse_id", rs -> present.merge(rs.getLong(1), rs.getInt(2), Integer::sum));
        }
        return targets.stream().map(r -> rseIds.get(r.name()))
                .sorted(Comparator.comparingInt((Long id) -> -present.getOrDefault(id, 0)))
                .limit(copies).toList();
    }

    /** Creates one lock; returns true when it needed a transfer request. */
    private boolean lock(Tx tx, String ruleId, long fileId, long rseId, Set<Long> sources, String activity)
            throws SQLException {
        Optional<ReplicaState> state = tx.first("SELECT state FROM replicas WHERE did_id = ? AND rse_id = ?",
                rs -> ReplicaState.valueOf(rs.getString(1)), fileId, rseId);
        boolean available = state.isPresent() && state.get() == ReplicaState.AVAILABLE;
        if (state.isEmpty()) {
            DidRow file = dids.byId(tx, fileId);
            tx.update("INSERT INTO replicas (did_id, rse_id, state, bytes, adler32, md5, path, lock_count, suspicious,"
                    + " tombstone, created_at, updated_at) VALUES (?, ?, 'COPYING', ?, ?, ?, NULL, 1, 0, NULL, ?, ?)",
                    fileId, rseId, file.details().bytes(), file.details().adler32(), file.details().md5(),
                    tx.nowMillis(), tx.nowMillis());
        } else {
            tx.update("UPDATE replicas SET lock_count = lock_count + 1, tombstone = NULL WHERE did_id = ? AND rse_id = ?",
                    fileId, rseId);
        }
        if (available) {
            tx.update("INSERT INTO locks (rule_id, did_id, rse_id, state) VALUES (?, ?, ?, 'OK')", ruleId, fileId, rseId);
            return false;
        }
        tx.update("INSERT INTO locks (rule_id, did_id, rse_id, state) VALUES (?, ?, ?, 'REPLICATING')", ruleId, fileId,
                rseId);
        if (tx.count("SELECT COUNT(*) FROM requests WHERE did_id = ? AND dest_rse_id = ?"
                + " AND state IN ('QUEUED', 'SUBMITTED')", fileId, rseId) == 0) {
            queue(tx, ruleId, fileId, rseId, sources, activity);
        }
        return true;
    }

    /** Queues a request from the best AVAILABLE source; with none, the request fails at once and the lock is STUCK. */
    void queue(Tx tx, String ruleId, long fileId, long destRseId, Set<Long> sources, String activity)
            throws SQLException {
        Optional<Long> source = bestSource(tx, fileId, destRseId, sources);
        if (source.isPresent()) {
            tx.insert("INSERT INTO requests (rule_id, did_id, source_rse_id, dest_rse_id, state, attempts, reason, activity,"
                    + " created_at, updated_at) VALUES (?, ?, ?, ?, 'QUEUED', 0, NULL, ?, ?, ?)", ruleId, fileId,
                    source.get(), destRseId, activity, tx.nowMillis(), tx.nowMillis());
        } else {
            tx.insert("INSERT INTO requests (rule_id, did_id, source_rse_id, dest_rse_id, state, attempts, reason, activity,"
                    + " created_at, updated_at) VALUES (?, ?, NULL, ?, 'FAILED', 0, ?, ?, ?, ?)", ruleId, fileId,
                    destRseId, NO_SOURCE, activity, tx.nowMillis(), tx.nowMillis());
            tx.update("UPDATE locks SET state = 'STUCK' WHERE did_id = ? AND rse_id = ? AND state = 'REPLICATING'",
                    fileId, destRseId);
        }
    }

    Optional<Long> bestSource(Tx tx, long fileId, long destRseId, Set<Long> sources) throws SQLException {
        List<Long> candidates = tx.list("SELECT rp.rse_id FROM replicas rp JOIN rses r ON r.id = rp.rse_id"
                + " WHERE rp.did_id = ? AND rp.rse_id <> ? AND rp.state = 'AVAILABLE' ORDER BY rp.suspicious, r.name",
                rs -> rs.getLong(1), fileId, destRseId);
        return candidates.stream().filter(id -> sources == null || sources.contains(id)).findFirst();
    }

    /** A replica became AVAILABLE: its locks are OK, pending copies to it are done, stuck copies elsewhere restart. */
    void replicaArrived(Tx tx, long fileId, long rseId) throws SQLException {
        List<String> touched = tx.list("SELECT rule_id FROM locks WHERE did_id = ? AND rse_id = ? AND state <> 'OK'",
                rs -> rs.getString(1), fileId, rseId);
        tx.update("UPDATE locks SET state = 'OK' WHERE did_id = ? AND rse_id = ?", fileId, rseId);
        tx.update("UPDATE requests SET state = 'DONE', reason = 'replica registered', updated_at = ?"
                + " WHERE did_id = ? AND dest_rse_id = ? AND state IN ('QUEUED', 'SUBMITTED')", tx.nowMillis(), fileId,
                rseId);
        List<long[]> waiting = tx.list("SELECT id, dest_rse_id FROM requests WHERE did_id = ? AND source_rse_id IS NULL"
                + " AND state = 'FAILED' AND reason = ? AND rule_id IS NOT NULL", rs -> new long[] {rs.getLong(1),
                        rs.getLong(2)}, fileId, NO_SOURCE);
        for (long[] w : waiting) {
            if (tx.count("SELECT COUNT(*) FROM locks WHERE did_id = ? AND rse_id = ? AND state = 'STUCK'", fileId, w[1]) > 0) {
                tx.update("UPDATE requests SET state = 'QUEUED', source_rse_id = ?, attempts = 0, reason = NULL,"
                        + " updated_at = ? WHERE id = ?", rseId, tx.nowMillis(), w[0]);
                touched.addAll(tx.list("SELECT rule_id FROM locks WHERE did_id = ? AND rse_id = ? AND state = 'STUCK'",
                        rs -> rs.getString(1), fileId, w[1]));
                tx.update("UPDATE locks SET state = 'REPLICATING' WHERE did_id = ? AND rse_id = ? AND state = 'STUCK'",
                        fileId, w[1]);
            }
        }
        for (String ruleId : Set.copyOf(touched)) {
            updateState(tx, ruleId, "system");
        }
    }

    /** A replica is BAD: locks on it need a new copy from elsewhere. */
    void replicaLost(Tx tx, long fileId, long rseId, String reason) throws SQLException {
        List<String[]> held = tx.list("SELECT l.rule_id, ru.activity FROM locks l JOIN rules ru ON ru.id = l.rule_id"
                + " WHERE l.did_id = ? AND l.rse_id = ?", rs -> new String[] {rs.getString(1), rs.getString(2)}, fileId,
                rseId);
        if (held.isEmpty()) {
            return;
        }
        tx.update("UPDATE locks SET state = 'REPLICATING' WHERE did_id = ? AND rse_id = ?", fileId, rseId);
        if (tx.count("SELECT COUNT(*) FROM requests WHERE did_id = ? AND dest_rse_id = ? AND state IN ('QUEUED', 'SUBMITTED')",
                fileId, rseId) == 0) {
            queue(tx, held.get(0)[0], fileId, rseId, null, held.get(0)[1]);
        }
        for (String[] h : held) {
            updateState(tx, h[0], "system");
        }
    }

    /** Recomputes a rule's state from its locks and records a change. */
    void updateState(Tx tx, String ruleId, String actor) throws SQLException {
        Optional<String[]> current = tx.first("SELECT state, error FROM rules WHERE id = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, ruleId);
        if (current.isEmpty()) {
            return;
        }
        RuleState before = RuleState.valueOf(current.get()[0]);
        if (before == RuleState.SUSPENDED) {
            return;
        }
        long stuck = tx.count("SELECT COUNT(*) FROM locks WHERE rule_id = ? AND state = 'STUCK'", ruleId);
        long replicating = tx.count("SELECT COUNT(*) FROM locks WHERE rule_id = ? AND state = 'REPLICATING'", ruleId);
        RuleState after = stuck > 0 ? RuleState.STUCK : replicating > 0 ? RuleState.REPLICATING : RuleState.OK;
        String error = null;
        if (after == RuleState.STUCK) {
            error = tx.first("SELECT reason FROM requests WHERE rule_id = ? AND state = 'FAILED' ORDER BY updated_at DESC, id DESC",
                    rs -> rs.getString(1), ruleId).orElse("a lock is stuck");
            error = stuck + " stuck lock(s); last reason: " + error;
        }
        tx.update("UPDATE rules SET state = ?, error = ?, updated_at = ? WHERE id = ?", after, error, tx.nowMillis(),
                ruleId);
        if (after != before) {
            tx.event(actor, "rule.state", ruleId, before + " -> " + after + (error == null ? "" : ": " + error));
        }
    }

    void delete(Tx tx, String actor, String ruleId, boolean expiring) throws SQLException {
        Rule rule = require(tx, ruleId);
        if (!expiring) {
            permissions.requireOwnerOrAdmin(tx, actor, rule.account(), "delete rule " + ruleId);
        }
        if (rule.spec().locked()) {
            throw new VreException("rule " + ruleId + " is locked: unlock it first ('vre rule update --unlock')");
        }
        List<long[]> locks = tx.list("SELECT did_id, rse_id FROM locks WHERE rule_id = ?",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)}, ruleId);
        for (long[] l : locks) {
            tx.update("UPDATE replicas SET lock_count = lock_count - 1 WHERE did_id = ? AND rse_id = ?", l[0], l[1]);
        }
        // replicas no lock holds any more may go: the reaper takes those with a tombstone in the past
        tx.update("UPDATE replicas SET tombstone = ? WHERE lock_count = 0 AND tombstone IS NULL AND (did_id, rse_id) IN"
                + " (SELECT did_id, rse_id FROM locks WHERE rule_id = ?)", tx.nowMillis(), ruleId);
        tx.update("UPDATE requests SET state = 'FAILED', reason = 'cancelled: rule deleted', updated_at = ?"
                + " WHERE rule_id = ? AND state IN ('QUEUED', 'SUBMITTED')", tx.nowMillis(), ruleId);
        tx.update("DELETE FROM locks WHERE rule_id = ?", ruleId);
        tx.update("DELETE FROM rules WHERE id = ?", ruleId);
        tx.event(actor, expiring ? "rule.expire" : "rule.delete", ruleId, rule.spec().did() + ", " + locks.size()
                + " locks released");
    }

    void setLocked(Tx tx, String actor, String ruleId, boolean locked) throws SQLException {
        Rule rule = require(tx, ruleId);
        permissions.requireOwnerOrAdmin(tx, actor, rule.account(), (locked ? "lock" : "unlock") + " rule " + ruleId);
        tx.update("UPDATE rules SET locked = ?, updated_at = ? WHERE id = ?", locked, tx.nowMillis(), ruleId);
        tx.event(actor, locked ? "rule.lock" : "rule.unlock", ruleId, null);
    }

    void setSuspended(Tx tx, String actor, String ruleId, boolean suspended) throws SQLException {
        Rule rule = require(tx, ruleId);
        permissions.requireOwnerOrAdmin(tx, actor, rule.account(), (suspended ? "suspend" : "resume") + " rule " + ruleId);
        if (suspended) {
            tx.update("UPDATE rules SET state = 'SUSPENDED', updated_at = ? WHERE id = ?", tx.nowMillis(), ruleId);
            tx.event(actor, "rule.state", ruleId, rule.state() + " -> SUSPENDED");
        } else if (rule.state() == RuleState.SUSPENDED) {
            tx.update("UPDATE rules SET state = 'REPLICATING', updated_at = ? WHERE id = ?", tx.nowMillis(), ruleId);
            tx.event(actor, "rule.resume", ruleId, null);
            updateState(tx, ruleId, actor);
        }
    }

    List<String> expired(Tx tx, Instant now) throws SQLException {
        return tx.list("SELECT id FROM rules WHERE expires_at IS NOT NULL AND expires_at <= ? AND locked = FALSE"
                + " ORDER BY expires_at", rs -> rs.getString(1), now.toEpochMilli());
    }
}
