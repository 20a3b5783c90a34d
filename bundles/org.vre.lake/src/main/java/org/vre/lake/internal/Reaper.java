package org.vre.lake.internal;

import java.net.URI;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.vre.core.Progress;
import org.vre.lake.Pfn;
import org.vre.lake.ReapResult;
import org.vre.lake.Replica;
import org.vre.lake.ReplicaDeleter;
import org.vre.lake.RseProtocol;

/**
 * Deletes replicas nobody needs: no lock and a tombstone in the past. Each replica is first marked
 * BEING_DELETED (so no reader picks it), then its bytes are deleted, then its row; a rule that grabs it in between
 * keeps the row, and a failed deletion puts it back as it was.
 */
final class Reaper {

    private final Database db;
    private final Permissions permissions;
    private final ReplicaStore replicas;

    Reaper(Database db, Permissions permissions, ReplicaStore replicas) {
        this.db = db;
        this.permissions = permissions;
        this.replicas = replicas;
    }

    ReapResult reap(String actor, String rse, Instant now, ReplicaDeleter deleter, Progress progress) {
        db.read(tx -> permissions.requireTransferService(tx, actor, "run the reaper"));
        List<long[]> candidates = db.read(tx -> tx.list("SELECT rp.did_id, rp.rse_id FROM replicas rp JOIN rses r"
                + " ON r.id = rp.rse_id WHERE rp.lock_count = 0 AND rp.tombstone IS NOT NULL AND rp.tombstone <= ?"
                + " AND rp.state <> 'BEING_DELETED'" + (rse == null ? "" : " AND r.name = ?") + " ORDER BY rp.tombstone",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)}, rse == null ? new Object[] {now.toEpochMilli()}
                        : new Object[] {now.toEpochMilli(), rse}));
        progress.begin("Deleting unneeded replicas", candidates.size());
        int deleted = 0;
        long freed = 0;
        List<String> failures = new ArrayList<>();
        for (long[] c : candidates) {
            progress.checkCancelled();
            record Marked(Replica replica, String previousState, URI pfn) {
            }
            Marked marked = db.transaction(tx -> {
                Replica r = byIds(tx, c[0], c[1]);
                if (r == null || r.lockCount() > 0 || r.tombstone() == null) {
                    return null;
                }
                String state = r.state().name();
                tx.update("UPDATE replicas SET state = 'BEING_DELETED', updated_at = ? WHERE did_id = ? AND rse_id = ?"
                        + " AND lock_count = 0", tx.nowMillis(), c[0], c[1]);
                URI pfn = pfn(tx, r);
                return new Marked(r, state, pfn);
            });
            if (marked == null) {
                progress.worked(1);
                continue;
            }
            Replica r = marked.replica();
            try {
                deleter.delete(r, marked.pfn());
                boolean gone = db.transaction(tx -> {
                    int n = tx.update("DELETE FROM replicas WHERE did_id = ? AND rse_id = ? AND lock_count = 0"
                            + " AND state = 'BEING_DELETED'", c[0], c[1]);
                    if (n == 0) {
                        // a rule locked it meanwhile: the bytes are gone, so it must be copied again
                        tx.update("UPDATE replicas SET state = 'COPYING', updated_at = ? WHERE did_id = ? AND rse_id = ?",
                                tx.nowMillis(), c[0], c[1]);
                    } else {
                        tx.event(actor, "replica.reap", r.did() + "@" + r.rse(), marked.pfn() + ", "
                                + (r.bytes() == null ? "?" : r.bytes()) + " bytes");
                    }
                    return n > 0;
                });
                if (gone) {
                    deleted++;
                    freed += r.bytes() == null ? 0 : r.bytes();
                }
            } catch (Exception e) {
                String why = r.did() + "@" + r.rse() + ": " + e.getMessage();
                failures.add(why);
                db.transaction(tx -> tx.update("UPDATE replicas SET state = ?, updated_at = ? WHERE did_id = ?"
                        + " AND rse_id = ? AND state = 'BEING_DELETED'", marked.previousState(), tx.nowMillis(), c[0], c[1]));
                db.eventLog().recordFailure(actor, "replica.reap", r.did() + "@" + r.rse(), e.toString());
            }
            progress.worked(1);
        }
        return new ReapResult(deleted, freed, failures);
    }

    private Replica byIds(Tx tx, long didId, long rseId) throws SQLException {
        return tx.first("SELECT " + ReplicaStore.COLUMNS + " FROM replicas rp JOIN dids d ON d.id = rp.did_id"
                + " JOIN rses r ON r.id = rp.rse_id WHERE rp.did_id = ? AND rp.rse_id = ?", ReplicaStore::map, didId, rseId)
                .orElse(null);
    }

    private URI pfn(Tx tx, Replica r) throws SQLException {
        List<Pfn> pfns;
        try {
            pfns = replicas.pfns(tx, r.rse(), r.did(), RseProtocol.Operation.DELETE);
        } catch (org.vre.core.VreException e) {
            pfns = replicas.pfns(tx, r.rse(), r.did(), RseProtocol.Operation.READ);
        }
        return pfns.get(0).uri();
    }
}
