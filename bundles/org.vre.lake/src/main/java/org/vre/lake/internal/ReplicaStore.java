package org.vre.lake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.vre.core.VreException;
import org.vre.lake.Account;
import org.vre.lake.AccountType;
import org.vre.lake.DeterministicPath;
import org.vre.lake.ExplicitPath;
import org.vre.lake.Did;
import org.vre.lake.DidType;
import org.vre.lake.FileReplicas;
import org.vre.lake.NewFile;
import org.vre.lake.NewReplica;
import org.vre.lake.NotFoundException;
import org.vre.lake.PermissionDeniedException;
import org.vre.lake.Pfn;
import org.vre.lake.Replica;
import org.vre.lake.ReplicaState;
import org.vre.lake.Rse;
import org.vre.lake.RseProtocol;

/** Replicas: registration, states, listings with PFNs. */
public final class ReplicaStore {

    static final int SUSPICIOUS_TO_BAD = 3;

    private final Database db;
    private final Permissions permissions;
    private final DidStore dids;
    private final RseStore rses;
    private RuleEngine rules;

    ReplicaStore(Database db, Permissions permissions, DidStore dids, RseStore rses) {
        this.db = db;
        this.permissions = permissions;
        this.dids = dids;
        this.rses = rses;
    }

    void setRuleEngine(RuleEngine rules) {
        this.rules = rules;
    }

    static final String COLUMNS = "d.scope, d.name, r.name, rp.state, rp.bytes, rp.adler32, rp.md5, rp.path,"
            + " rp.lock_count, rp.tombstone, rp.created_at, rp.updated_at, r.deterministic";

    static Replica map(ResultSet rs) throws SQLException {
        Did did = new Did(rs.getString(1), rs.getString(2));
        long bytes = rs.getLong(5);
        Long b = rs.wasNull() ? null : bytes;
        long tomb = rs.getLong(10);
        Instant tombstone = rs.wasNull() ? null : Instant.ofEpochMilli(tomb);
        String path = rs.getBoolean(13) ? DeterministicPath.of(did) : rs.getString(8);
        return new Replica(did, rs.getString(3), ReplicaState.valueOf(rs.getString(4)), b, trim(rs.getString(6)),
                trim(rs.getString(7)), path, rs.getInt(9), tombstone, Instant.ofEpochMilli(rs.getLong(11)),
                Instant.ofEpochMilli(rs.getLong(12)));
    }

    Optional<Replica> find(Tx tx, String rse, Did did) throws SQLException {
        return tx.first("SELECT " + COLUMNS + " FROM replicas rp JOIN dids d ON d.id = rp.did_id"
                + " JOIN rses r ON r.id = rp.rse_id WHERE r.name = ? AND d.scope = ? AND d.name = ?", ReplicaStore::map,
                rse, did.scope(), did.name());
    }

    Replica require(Tx tx, String rse, Did did) throws SQLException {
        return find(tx, rse, did).orElseThrow(() -> new NotFoundException("no replica of " + did + " on " + rse));
    }

    /** Admins, SERVICE accounts (storage and transfer daemons) and the owner of the DID's scope. */
    private Account requireReplicaWriter(Tx tx, String actor, Did did, String action) throws SQLException {
        Account a = permissions.actor(tx, actor);
        if (a.admin() || a.type() == AccountType.SERVICE) {
            return a;
        }
        try {
            return permissions.requireScopeWriter(tx, actor, did.scope(), action);
        } catch (PermissionDeniedException e) {
            throw new PermissionDeniedException(e.getMessage() + " (or be an admin or SERVICE account)");
        }
    }

    void addReplicas(Tx tx, String actor, String rseName, List<Did> files, ReplicaState state, String path)
            throws SQLException {
        RseStore.RseRow rse = rses.require(tx, rseName);
        if (files.isEmpty()) {
            throw new VreException("no files given");
        }
        String storedPath = checkPath(rse.rse(), path, files.get(0));
        if (storedPath != null && files.size() > 1) {
            throw new VreException("an explicit path names one replica, but " + files.size() + " files were given");
        }
        for (Did did : files) {
            requireReplicaWriter(tx, actor, did, "add replicas");
            DidRow row = dids.require(tx, did);
            if (row.type() != DidType.FILE) {
                throw new VreException(did + " is a " + row.type().name().toLowerCase(java.util.Locale.ROOT)
                        + ": only files have replicas");
            }
            if (replicaState(tx, row.id(), rse.id()).isPresent()) {
                throw new VreException(did + " already has a replica on " + rseName);
            }
            insert(tx, row, rse.id(), state, row.details().bytes(), row.details().adler32(), row.details().md5(),
                    storedPath);
            if (state == ReplicaState.AVAILABLE) {
                rules.replicaArrived(tx, row.id(), rse.id());
            }
        }
        tx.event(actor, "replica.add", rseName, files.size() + " " + state + ": " + summary(files));
    }

    private static String checkPath(Rse rse, String path, Did did) {
        if (rse.deterministic()) {
            if (path != null) {
                throw new VreException("RSE " + rse.name() + " is deterministic: the path of " + did
                        + " is computed (" + DeterministicPath.of(did) + "), do not give one");
            }
            return null;
        }
        if (path == null || path.isBlank()) {
            throw new VreException("RSE " + rse.name() + " is not deterministic: give the path of " + did);
        }
        return ExplicitPath.check(path);
    }

    private void insert(Tx tx, DidRow row, long rseId, ReplicaState state, Long bytes, String adler32, String md5,
            String path) throws SQLException {
        tx.update("INSERT INTO replicas (did_id, rse_id, state, bytes, adler32, md5, path, lock_count, suspicious,"
                + " tombstone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, NULL, ?, ?)", row.id(), rseId,
                state, bytes, adler32, md5, path, tx.nowMillis(), tx.nowMillis());
    }

    Optional<ReplicaState> replicaState(Tx tx, long didId, long rseId) throws SQLException {
        return tx.first("SELECT state FROM replicas WHERE did_id = ? AND rse_id = ?",
                rs -> ReplicaState.valueOf(rs.getString(1)), didId, rseId);
    }

    int registerAvailable(Tx tx, String actor, String rseName, List<NewReplica> replicas) throws SQLException {
        RseStore.RseRow rse = rses.require(tx, rseName);
        for (NewReplica r : replicas) {
            requireReplicaWriter(tx, actor, r.did(), "register replicas");
            String path = checkPath(rse.rse(), r.path(), r.did());
            Optional<DidRow> existing = dids.find(tx, r.did());
            DidRow row;
            if (existing.isEmpty()) {
                permissions.requireScopeWriter(tx, actor, r.did().scope(), "add DID " + r.did());
                row = dids.insertFile(tx, actor, new NewFile(r.did(), r.bytes(), r.adler32(), r.md5(), r.guid(),
                        r.metadata()));
            } else {
                row = existing.get();
                checkSameContent(tx, row, r);
            }
            Optional<ReplicaState> state = replicaState(tx, row.id(), rse.id());
            if (state.isEmpty()) {
                insert(tx, row, rse.id(), ReplicaState.AVAILABLE, r.bytes(), r.adler32(), r.md5(), path);
            } else {
                tx.update("UPDATE replicas SET state = 'AVAILABLE', bytes = ?, adler32 = ?, md5 = ?, path = ?,"
                        + " suspicious = 0, updated_at = ? WHERE did_id = ? AND rse_id = ?", r.bytes(), r.adler32(),
                        r.md5(), path, tx.nowMillis(), row.id(), rse.id());
            }
            if (r.dataset() != null) {
                DidRow ds = dids.require(tx, r.dataset());
                if (tx.count("SELECT COUNT(*) FROM attachments WHERE parent_id = ? AND child_id = ?", ds.id(),
                        row.id()) == 0) {
                    dids.attach(tx, actor, r.dataset(), List.of(r.did()));
                }
            }
            rules.replicaArrived(tx, row.id(), rse.id());
        }
        tx.event(actor, "replica.register", rseName, replicas.size() + " AVAILABLE: "
                + summary(replicas.stream().map(NewReplica::did).toList()));
        return replicas.size();
    }

    /** A replica must carry the bytes the catalogue already describes; missing attributes are filled in. */
    private static void checkSameContent(Tx tx, DidRow row, NewReplica r) throws SQLException {
        if (row.type() != DidType.FILE) {
            throw new VreException(r.did() + " is a " + row.type().name().toLowerCase(java.util.Locale.ROOT)
                    + ": only files have replicas");
        }
        var d = row.details();
        mismatch(r.did(), "bytes", d.bytes() == null ? null : d.bytes().toString(), Long.toString(r.bytes()));
        mismatch(r.did(), "adler32", d.adler32(), r.adler32());
        mismatch(r.did(), "md5", d.md5(), r.md5());
        tx.update("UPDATE dids SET bytes = COALESCE(bytes, ?), adler32 = COALESCE(adler32, ?), md5 = COALESCE(md5, ?)"
                + " WHERE id = ?", r.bytes(), r.adler32(), r.md5(), row.id());
    }

    private static void mismatch(Did did, String what, String catalogue, String replica) {
        if (catalogue != null && replica != null && !catalogue.equals(replica)) {
            throw new VreException("replica of " + did + " does not match the catalogue: " + what + " is " + replica
                    + ", the catalogue has " + catalogue);
        }
    }

    Stream<FileReplicas> listReplicas(Did did, Set<String> schemes) {
        DidRow row = db.read(tx -> dids.require(tx, did));
        String select = "SELECT d.id, d.scope, d.name, d.bytes, d.adler32, d.md5, r.name, r.deterministic, rp.state,"
                + " rp.path, p.scheme, p.host, p.port, p.prefix, p.read_priority, rp.suspicious";
        String joins = " LEFT JOIN replicas rp ON rp.did_id = d.id AND rp.state NOT IN ('BAD', 'BEING_DELETED')"
                + " LEFT JOIN rses r ON r.id = rp.rse_id"
                + " LEFT JOIN rse_protocols p ON p.rse_id = r.id AND p.read_priority > 0";
        Stream<Object[]> rows;
        if (row.type() == DidType.FILE) {
            rows = db.stream(select + " FROM dids d" + joins + " WHERE d.id = ?", ReplicaStore::raw, row.id());
        } else if (row.type() == DidType.DATASET) {
            // rows of one file must be adjacent: PostgreSQL needs the ORDER BY for that, H2's nested loops give it
            // (and an ORDER BY would make H2 scan every DID)
            rows = db.stream(select + " FROM attachments a JOIN dids d ON d.id = a.child_id" + joins
                    + " WHERE a.parent_id = ?" + dids.orderById(), ReplicaStore::raw, row.id());
        } else {
            rows = db.stream(DidStore.FILES_BELOW + select + " FROM (SELECT DISTINCT id FROM below) b JOIN dids d ON d.id = b.id" + joins
                    + " WHERE d.did_type = 'F'" + dids.orderById(), ReplicaStore::raw, row.id());
        }
        Iterator<Object[]> it = rows.iterator();
        Iterator<FileReplicas> grouped = new Iterator<>() {
            private Object[] pending;

            @Override
            public boolean hasNext() {
                return pending != null || it.hasNext();
            }

            @Override
            public FileReplicas next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Object[] first = pending != null ? pending : it.next();
                pending = null;
                List<Object[]> group = new ArrayList<>();
                group.add(first);
                while (it.hasNext()) {
                    Object[] r = it.next();
                    if (!r[0].equals(first[0])) {
                        pending = r;
                        break;
                    }
                    group.add(r);
                }
                return toFileReplicas(group, schemes);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(grouped, Spliterator.ORDERED), false)
                .onClose(rows::close);
    }

    private static Object[] raw(ResultSet rs) throws SQLException {
        Object[] r = new Object[16];
        for (int i = 0; i < 16; i++) {
            r[i] = rs.getObject(i + 1);
        }
        return r;
    }

    private static FileReplicas toFileReplicas(List<Object[]> group, Set<String> schemes) {
        Object[] f = group.get(0);
        Did did = new Did((String) f[1], (String) f[2]);
        record Ranked(Pfn pfn, boolean available, int suspicious) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Object[] r : group) {
            if (r[6] == null || r[10] == null) {
                continue; // no replica, or an RSE without a readable protocol
            }
            String scheme = (String) r[10];
            if (!schemes.isEmpty() && !schemes.contains(scheme)) {
                continue;
            }
            String path = Boolean.TRUE.equals(r[7]) ? DeterministicPath.of(did) : (String) r[9];
            RseProtocol protocol = new RseProtocol(scheme, (String) r[11], ((Number) r[12]).intValue(), (String) r[13],
                    ((Number) r[14]).intValue(), 0, 0, 0);
            ReplicaState state = ReplicaState.valueOf((String) r[8]);
            ranked.add(new Ranked(new Pfn((String) r[6], state, scheme, protocol.pfn(path), protocol.readPriority()),
                    state == ReplicaState.AVAILABLE, ((Number) r[15]).intValue()));
        }
        ranked.sort(Comparator.comparing((Ranked k) -> !k.available()).thenComparingInt(Ranked::suspicious)
                .thenComparingInt(k -> k.pfn().priority()).thenComparing(k -> k.pfn().rse())
                .thenComparing(k -> k.pfn().scheme()));
        return new FileReplicas(did, f[3] == null ? null : ((Number) f[3]).longValue(), trim((String) f[4]),
                trim((String) f[5]), ranked.stream().map(Ranked::pfn).toList());
    }

    Stream<Replica> listOnRse(String rse) {
        long id = db.read(tx -> rses.require(tx, rse).id());
        return db.stream("SELECT " + COLUMNS + " FROM replicas rp JOIN dids d ON d.id = rp.did_id"
                + " JOIN rses r ON r.id = rp.rse_id WHERE rp.rse_id = ? ORDER BY rp.did_id", ReplicaStore::map, id);
    }

    void setState(Tx tx, String actor, String rse, Did did, ReplicaState state, String reason) throws SQLException {
        requireReplicaWriter(tx, actor, did, "change replicas");
        if (state == ReplicaState.BAD) {
            declareBad(tx, actor, rse, did, reason);
            return;
        }
        require(tx, rse, did);
        long didId = dids.require(tx, did).id();
        long rseId = rses.require(tx, rse).id();
        tx.update("UPDATE replicas SET state = ?, updated_at = ? WHERE did_id = ? AND rse_id = ?", state,
                tx.nowMillis(), didId, rseId);
        if (state == ReplicaState.AVAILABLE) {
            rules.replicaArrived(tx, didId, rseId);
        }
        tx.event(actor, "replica.set-state", did + "@" + rse, state + (reason == null ? "" : ": " + reason));
    }

    void declareBad(Tx tx, String actor, String rse, Did did, String reason) throws SQLException {
        requireReplicaWriter(tx, actor, did, "declare replicas bad");
        require(tx, rse, did);
        long didId = dids.require(tx, did).id();
        long rseId = rses.require(tx, rse).id();
        tx.update("UPDATE replicas SET state = 'BAD', updated_at = ? WHERE did_id = ? AND rse_id = ?", tx.nowMillis(),
                didId, rseId);
        tx.event(actor, "replica.bad", did + "@" + rse, reason);
        rules.replicaLost(tx, didId, rseId, "replica declared bad: " + Objects.requireNonNullElse(reason, "no reason"));
    }

    void declareSuspicious(Tx tx, String actor, String rse, Did did, String reason) throws SQLException {
        requireReplicaWriter(tx, actor, did, "declare replicas suspicious");
        require(tx, rse, did);
        long didId = dids.require(tx, did).id();
        long rseId = rses.require(tx, rse).id();
        tx.update("UPDATE replicas SET suspicious = suspicious + 1, updated_at = ? WHERE did_id = ? AND rse_id = ?",
                tx.nowMillis(), didId, rseId);
        int count = tx.first("SELECT suspicious FROM replicas WHERE did_id = ? AND rse_id = ?", rs -> rs.getInt(1),
                didId, rseId).orElse(0);
        tx.event(actor, "replica.suspicious", did + "@" + rse, "#" + count + ": " + reason);
        if (count >= SUSPICIOUS_TO_BAD) {
            declareBad(tx, actor, rse, did, count + " suspicious declarations, last: " + reason);
        }
    }

    void delete(Tx tx, String actor, String rse, Did did) throws SQLException {
        requireReplicaWriter(tx, actor, did, "delete replicas");
        Replica replica = require(tx, rse, did);
        if (replica.lockCount() > 0) {
            throw new VreException("replica of " + did + " on " + rse + " is held by " + replica.lockCount()
                    + " rule lock(s): delete the rules first");
        }
        tx.update("DELETE FROM replicas WHERE did_id = ? AND rse_id = ?", dids.require(tx, did).id(),
                rses.require(tx, rse).id());
        tx.event(actor, "replica.delete", did + "@" + rse, null);
    }

    List<Pfn> pfns(Tx tx, String rseName, Did did, RseProtocol.Operation operation) throws SQLException {
        Rse rse = rses.get(tx, rseName);
        Optional<Replica> replica = find(tx, rseName, did);
        String path;
        if (rse.deterministic()) {
            path = DeterministicPath.of(did);
        } else {
            path = replica.map(Replica::path).orElseThrow(() -> new VreException("RSE " + rseName
                    + " is not deterministic and holds no replica of " + did + ": its path is unknown"));
        }
        List<Pfn> out = new ArrayList<>();
        for (RseProtocol p : rse.protocols()) {
            int priority = p.priority(operation);
            if (priority > 0) {
                out.add(new Pfn(rseName, replica.map(Replica::state).orElse(null), p.scheme(), p.pfn(path), priority));
            }
        }
        out.sort(Comparator.comparingInt(Pfn::priority).thenComparing(Pfn::scheme));
        if (out.isEmpty()) {
            throw new VreException("RSE " + rseName + " has no protocol for " + operation.name().toLowerCase(
                    java.util.Locale.ROOT).replace('_', ' '));
        }
        return out;
    }

    private static String summary(List<Did> dids) {
        return dids.size() <= 3 ? dids.toString() : dids.subList(0, 3) + "...";
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
