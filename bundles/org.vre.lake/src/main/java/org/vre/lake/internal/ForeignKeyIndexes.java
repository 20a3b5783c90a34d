package org.vre.lake.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Migration V4, H2 only: no B-tree entry that nothing reads. H2 gives every foreign key an index of its own
 * unless one on exactly that column already exists when the key is added, and V1 added the keys before the
 * tables' own indexes: each registered file paid for nine index entries where six answer every query.
 * <ul>
 * <li>Keys re-added once an index on exactly their column exists, so H2 uses it
 * ({@code attachments.child_id} on {@code attachments_child}, {@code rules.did_id} on {@code rules_did}).</li>
 * <li>Keys dropped where H2 would need a one-column copy of a composite index, and the referenced rows can never
 * go: the catalogue deletes neither scopes nor DIDs, and the writing transaction reads the scope
 * ({@code Permissions}) and the dataset ({@code DidStore}) it inserts under. PostgreSQL keeps them (it checks a
 * key with the referenced table's index alone), so this migration changes nothing there.</li>
 * </ul>
 * Each step checks what is there first, so a run cut short is simply run again.
 */
final class ForeignKeyIndexes {

    private record ForeignKey(String table, String column, String references, String name) {
    }

    private static final List<ForeignKey> ON_EXISTING_INDEX = List.of(
            new ForeignKey("attachments", "child_id", "dids(id)", "attachments_child_fk"),
            new ForeignKey("rules", "did_id", "dids(id)", "rules_did_fk"));

    private static final List<ForeignKey> DROPPED = List.of(
            new ForeignKey("dids", "scope", "scopes(name)", null),
            new ForeignKey("attachments", "parent_id", "dids(id)", null));

    private ForeignKeyIndexes() {
    }

    static void apply(Connection c, Dialect dialect) throws SQLException {
        if (dialect != Dialect.H2) {
            return;
        }
        try (Statement s = c.createStatement()) {
            for (ForeignKey key : ON_EXISTING_INDEX) {
                List<String> existing = constraintsOn(c, key);
                if (existing.equals(List.of(key.name().toUpperCase(Locale.ROOT)))) {
                    continue;
                }
                for (String name : existing) {
                    s.execute("ALTER TABLE " + key.table() + " DROP CONSTRAINT " + name);
                }
                s.execute("ALTER TABLE " + key.table() + " ADD CONSTRAINT " + key.name() + " FOREIGN KEY (" + key.column()
                        + ") REFERENCES " + key.references());
            }
            for (ForeignKey key : DROPPED) {
                for (String name : constraintsOn(c, key)) {
                    s.execute("ALTER TABLE " + key.table() + " DROP CONSTRAINT " + name);
                }
            }
        }
    }

    /** The names of the foreign keys from {@code key}'s column (H2 keeps names upper case). */
    private static List<String> constraintsOn(Connection c, ForeignKey key) throws SQLException {
        List<String> names = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getImportedKeys(null, null, key.table().toUpperCase(Locale.ROOT))) {
            while (rs.next()) {
                if (rs.getString("FKCOLUMN_NAME").equalsIgnoreCase(key.column())) {
                    names.add(rs.getString("FK_NAME"));
                }
            }
        }
        return names;
    }
}
