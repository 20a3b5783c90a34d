package org.vre.lake.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.vre.core.Progress;
import org.vre.core.VreException;
import org.vre.lake.Did;
import org.vre.lake.DidDetails;
import org.vre.lake.DidType;
import org.vre.lake.NewFile;
import org.vre.lake.Names;
import org.vre.lake.NotFoundException;

/** Files, datasets and containers, their attachments and their metadata. */
public final class DidStore {

    private static final int CHUNK = 2000;

    private final Database db;
    private final Permissions permissions;

    DidStore(Database db, Permissions permissions) {
        this.db = db;
        this.permissions = permissions;
    }

    Optional<DidRow> find(Tx tx, Did did) throws SQLException {
        return tx.first("SELECT " + DidRow.COLUMNS + " FROM dids d WHERE d.scope = ? AND d.name = ?", DidRow::map,
                did.scope(), did.name());
    }

    DidRow require(Tx tx, Did did) throws SQLException {
        return find(tx, did).orElseThrow(() -> new NotFoundException("DID " + did + " does not exist"));
    }

    DidRow byId(Tx tx, long id) throws SQLException {
        return tx.first("SELECT " + DidRow.COLUMNS + " FROM dids d WHERE d.id = ?", DidRow::map, id).orElseThrow();
    }

    DidDetails addFile(Tx tx, String actor, NewFile file) throws SQLException {
        permissions.requireScopeWriter(tx, actor, file.did().scope(), "add DID " + file.did());
        MetadataStore.check(file.did(), file.metadata());
        DidRow row = insertFile(tx, actor, file);
        tx.event(actor, "did.add", file.did().toString(), "file" + (file.bytes() == null ? "" : " " + file.bytes()
                + " bytes"));
        return row.details();
    }

    DidRow insertFile(Tx tx, String actor, NewFile file) throws SQLException {
        refuseExisting(tx, file.did());
        long id = tx.insert("INSERT INTO dids (scope, name, did_type, account, bytes, adler32, md5, guid, is_open, length,"
                + " created_at) VALUES (?, ?, 'F', ?, ?, ?, ?, ?, FALSE, 0, ?)", file.did().scope(), file.did().name(),
                actor, file.bytes(), file.adler32(), file.md5(), file.guid(), tx.nowMillis());
        if (!file.metadata().isEmpty()) {
            MetadataStore.set(tx, id, file.did(), file.metadata());
        }
        return byId(tx, id);
    }

    DidDetails addCollection(Tx tx, String actor, Did did, DidType type, Map<String, Object> metadata)
            throws SQLException {
        permissions.requireScopeWriter(tx, actor, did.scope(), "add DID " + did);
        MetadataStore.check(did, metadata);
        refuseExisting(tx, did);
        long id = tx.insert("INSERT INTO dids (scope, name, did_type, account, is_open, length, created_at)"
                + " VALUES (?, ?, ?, ?, TRUE, 0, ?)", did.scope(), did.name(), type.code(), actor, tx.nowMillis());
        MetadataStore.set(tx, id, did, metadata);
        tx.event(actor, "did.add", did.toString(), type.name().toLowerCase(java.util.Locale.ROOT));
        return byId(tx, id).details();
    }

    private void refuseExisting(Tx tx, Did did) throws SQLException {
        if (tx.count("SELECT COUNT(*) FROM dids WHERE scope = ? AND name = ?", did.scope(), did.name()) > 0) {
            throw new VreException("DID " + did + " already exists");
        }
    }

    /** Bulk registration: batched inserts, all in the caller's transaction. */
    int addFiles(Tx tx, String actor, Did dataset, List<NewFile> files, Progress progress) throws SQLException {
        Set<String> scopes = new TreeSet<>();
        Set<Did> seen = new HashSet<>();
        for (NewFile f : files) {
            scopes.add(f.did().scope());
            if (!seen.add(f.did())) {
                throw new VreException("file " + f.did() + " is listed twice in this registration");
            }
            MetadataStore.check(f.did(), f.metadata());
        }
        for (String scope : scopes) {
            permissions.requireScopeWriter(tx, actor, scope, "add files");
        }
        DidRow parent = null;
        if (dataset != null) {
            parent = require(tx, dataset);
            checkCanTake(tx, actor, parent, DidType.FILE);
        }
        progress.begin("Registering " + files.size() + " files", files.size());
        long now = tx.nowMillis();
        try (PreparedStatement insert = tx.prepare("INSERT INTO dids (scope, name, did_type, account, bytes, adler32, md5,"
                + " guid, is_open, length, created_at) VALUES (?, ?, 'F', ?, ?, ?, ?, ?, FALSE, 0, ?)", true);
                PreparedStatement attach = tx.prepare("INSERT INTO attachments (parent_id, child_id) VALUES (?, ?)", false);
                PreparedStatement meta = MetadataStore.prepareInsert(tx)) {
            for (int from = 0; from < files.size(); from += CHUNK) {
                progress.checkCancelled();
                List<NewFile> chunk = files.subList(from, Math.min(files.size(), from + CHUNK));
                for (NewFile f : chunk) {
                    Tx.bind(insert, f.did().scope(), f.did().name(), actor, f.bytes(), f.adler32(), f.md5(), f.guid(), now);
                    insert.addBatch();
                }
                long[] ids = new long[chunk.size()];
                try {
                    insert.executeBatch();
                } catch (SQLException e) {
                    if (isUniqueViolation(e)) {
                        throw new VreException("cannot register files: " + firstExisting(chunk)
                                + " already exists; nothing was registered");
                    }
                    throw e;
                }
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    for (int i = 0; i < ids.length && keys.next(); i++) {
                        ids[i] = keys.getLong(1);
                    }
                }
                boolean anyMeta = false;
                for (int i = 0; i < ids.length; i++) {
                    NewFile f = chunk.get(i);
                    for (Map.Entry<String, Object> m : f.metadata().entrySet()) {
                        if (m.getValue() != null) {
                            MetadataStore.insert(meta, ids[i], m.getKey(), m.getValue());
                            anyMeta = true;
                        }
                    }
                    if (parent != null) {
                        Tx.bind(attach, parent.id(), ids[i]);
                        attach.addBatch();
                    }
                }
                if (anyMeta) {
                    meta.executeBatch();
                }
                if (parent != null) {
                    attach.executeBatch();
                }
                progress.worked(chunk.size());
            }
        }
        if (parent != null) {
            tx.update("UPDATE dids SET length = length + ? WHERE id = ?", files.size(), parent.id());
        }
        tx.event(actor, "did.add-files", dataset == null ? "-" : dataset.toString(), files.size() + " files");
        return files.size();
    }

    static boolean isUniqueViolation(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if ("23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return e.getCause() instanceof SQLException c && "23505".equals(c.getSQLState());
    }

    /** Names the first DID of a failed batch that already exists, read in a fresh transaction. */
    private String firstExisting(List<NewFile> chunk) {
        return db.read(tx -> {
            for (NewFile f : chunk) {
                if (find(tx, f.did()).isPresent()) {
                    return "file " + f.did();
                }
            }
            return "a file of this batch";
        });
    }

    /** Checks that {@code parent} is an open collection that takes children of {@code childType}. */
    private void checkCanTake(Tx tx, String actor, DidRow parent, DidType childType) throws SQLException {
        permissions.requireScopeWriter(tx, actor, parent.did().scope(), "attach to " + parent.did());
        if (parent.type() == DidType.FILE) {
            throw new VreException("cannot attach to " + parent.did() + ": it is a file, not a dataset or container");
        }
        if (parent.type() == DidType.DATASET && childType != DidType.FILE) {
            throw new VreException("cannot attach a " + childType.name().toLowerCase(java.util.Locale.ROOT) + " to dataset "
                    + parent.did() + ": datasets hold files only");
        }
        if (parent.type() == DidType.CONTAINER && childType == DidType.FILE) {
            throw new VreException("cannot attach a file to container " + parent.did()
                    + ": containers hold datasets and containers");
        }
        if (!parent.details().open()) {
            throw new VreException("cannot attach to " + parent.did() + ": it is closed");
        }
    }

    void attach(Tx tx, String actor, Did parentDid, List<Did> children) throws SQLException {
        DidRow parent = require(tx, parentDid);
        int added = 0;
        for (Did childDid : new LinkedHashSet<>(children)) {
            DidRow child = require(tx, childDid);
            checkCanTake(tx, actor, parent, child.type());
            if (child.id() == parent.id() || isDescendant(tx, child.id(), parent.id())) {
                throw new VreException("cannot attach " + childDid + " to " + parentDid + ": " + parentDid
                        + " is already inside " + childDid + " (that would make a cycle)");
            }
            if (tx.count("SELECT COUNT(*) FROM attachments WHERE parent_id = ? AND child_id = ?", parent.id(),
                    child.id()) > 0) {
                throw new VreException(childDid + " is already attached to " + parentDid);
            }
            tx.update("INSERT INTO attachments (parent_id, child_id) VALUES (?, ?)", parent.id(), child.id());
            added++;
        }
        tx.update("UPDATE dids SET length = length + ? WHERE id = ?", added, parent.id());
        tx.event(actor, "did.attach", parentDid.toString(), added + " children: " + summary(children));
    }

    /** True when {@code candidate} is below {@code ancestor}. */
    private boolean isDescendant(Tx tx, long ancestor, long candidate) throws SQLException {
        return tx.count("WITH RECURSIVE below(id) AS (SELECT child_id FROM attachments WHERE parent_id = ?"
                + " UNION SELECT a.child_id FROM attachments a JOIN below b ON a.parent_id = b.id)"
                + " SELECT COUNT(*) FROM below WHERE id = ?", ancestor, candidate) > 0;
    }

    void detach(Tx tx, String actor, Did parentDid, List<Did> children) throws SQLException {
        DidRow parent = require(tx, parentDid);
        permissions.requireScopeWriter(tx, actor, parentDid.scope(), "detach from " + parentDid);
        int removed = 0;
        for (Did childDid : new LinkedHashSet<>(children)) {
            DidRow child = require(tx, childDid);
            int n = tx.update("DELETE FROM attachments WHERE parent_id = ? AND child_id = ?", parent.id(), child.id());
            if (n == 0) {
                throw new VreException(childDid + " is not attached to " + parentDid);
            }
            removed += n;
        }
        tx.update("UPDATE dids SET length = length - ? WHERE id = ?", removed, parent.id());
        tx.event(actor, "did.detach", parentDid.toString(), removed + " children: " + summary(children));
    }

    void setOpen(Tx tx, String actor, Did did, boolean open) throws SQLException {
        DidRow row = require(tx, did);
        permissions.requireScopeWriter(tx, actor, did.scope(), (open ? "reopen " : "close ") + did);
        if (row.type() == DidType.FILE) {
            throw new VreException(did + " is a file: only datasets and containers are opened or closed");
        }
        tx.update("UPDATE dids SET is_open = ? WHERE id = ?", open, row.id());
        tx.event(actor, open ? "did.open" : "did.close", did.toString(), null);
    }

    /**
     * Direct children, driven by the attachments' primary key (parent, child) so the first row comes at once.
     * PostgreSQL gets a LATERAL lookup per child: as a plain join it may merge-join along the whole DID table and
     * reach the first child of a new dataset only after scanning every older DID. H2 gets no ORDER BY, which would
     * make it scan every DID; its index order is the child order anyway.
     */
    private String content() {
        if (db.dialect() == Dialect.POSTGRESQL) {
            // OFFSET 0 keeps the lateral lookup a per-row index probe: flattened, PostgreSQL plans a hash join over
            // every DID for a large dataset, whose first row then comes after a full scan (0.9 s at 1M DIDs).
            // Walking the attachment index in order and probing dids by id streams from the first row.
            return "SELECT " + DidRow.COLUMNS + " FROM attachments a CROSS JOIN LATERAL (SELECT * FROM dids x"
                    + " WHERE x.id = a.child_id OFFSET 0) d WHERE a.parent_id = ? ORDER BY a.child_id";
        }
        return "SELECT " + DidRow.COLUMNS + " FROM attachments a JOIN dids d ON d.id = a.child_id WHERE a.parent_id = ?";
    }

    Stream<DidDetails> listContent(Did collection) {
        long id = db.read(tx -> require(tx, collection).id());
        return db.stream(content(), DidRow::details, id);
    }

    /**
     * DIDs of a scope without a parent, in registration order; the (scope, name) unique index finds the scope's DIDs,
     * attachments_child answers NOT EXISTS, and only the roots are sorted.
     */
    Stream<DidDetails> listRoots(String scope) {
        Names.checkScope(scope);
        return db.stream("SELECT " + DidRow.COLUMNS + " FROM dids d WHERE d.scope = ? AND NOT EXISTS"
                + " (SELECT 1 FROM attachments a WHERE a.child_id = d.id) ORDER BY d.id", DidRow::details, scope);
    }

    /** The ids of every file below a DID, as SQL, for joins: {@code files_below(id)}. */
    static final String FILES_BELOW = "WITH RECURSIVE below(id) AS (SELECT CAST(? AS BIGINT)"
            + " UNION SELECT a.child_id FROM attachments a JOIN below b ON a.parent_id = b.id) ";

    String orderById() {
        return db.dialect() == Dialect.POSTGRESQL ? " ORDER BY d.id" : "";
    }

    Stream<DidDetails> listFiles(Did did) {
        DidRow row = db.read(tx -> require(tx, did));
        if (row.type() == DidType.FILE) {
            return Stream.of(row.details());
        }
        if (row.type() == DidType.DATASET) {
            return db.stream(content(), DidRow::details, row.id());
        }
        return db.stream(FILES_BELOW + "SELECT " + DidRow.COLUMNS + " FROM (SELECT DISTINCT id FROM below) b JOIN dids d ON d.id = b.id"
                + " WHERE d.did_type = 'F'" + orderById(), DidRow::details, row.id());
    }

    List<Did> listParents(Did did) {
        return db.read(tx -> {
            long id = require(tx, did).id();
            return tx.list("SELECT d.scope, d.name FROM attachments a JOIN dids d ON d.id = a.parent_id"
                    + " WHERE a.child_id = ? ORDER BY d.scope, d.name", rs -> new Did(rs.getString(1), rs.getString(2)), id);
        });
    }

    void setMetadata(Tx tx, String actor, Did did, Map<String, Object> metadata) throws SQLException {
        DidRow row = require(tx, did);
        permissions.requireScopeWriter(tx, actor, did.scope(), "set metadata on " + did);
        MetadataStore.set(tx, row.id(), did, metadata);
        tx.event(actor, "did.set-metadata", did.toString(), String.join(",", new TreeSet<>(metadata.keySet())));
    }

    Map<String, Object> metadata(Did did) {
        return db.read(tx -> MetadataStore.get(tx, require(tx, did).id()));
    }

    private static String summary(List<Did> dids) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.min(5, dids.size()); i++) {
            names.add(dids.get(i).toString());
        }
        return String.join(", ", names) + (dids.size() > 5 ? ", ..." : "");
    }
}
