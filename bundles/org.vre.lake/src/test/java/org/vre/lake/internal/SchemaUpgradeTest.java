package org.vre.lake.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.core.Progress;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.NewFile;
import org.vre.lake.catalog.CatalogStore;
import org.vre.lake.catalog.LakeConfig;

/** A lake written by an earlier release (schema version 2, V1's foreign keys) is upgraded in place, data kept. */
class SchemaUpgradeTest {

    @Test
    void aVersionTwoLakeWithFilesInADatasetUpgradesInPlace(@TempDir Path dir) throws SQLException {
        LakeConfig config = LakeConfig.embedded(dir);
        String admin = config.bootstrapAdmin();
        try (Connection c = DriverManager.getConnection(config.jdbcUrl())) {
            assertEquals(0, SchemaMigrations.migrate(c, 2));
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO accounts VALUES ('" + admin + "', 'USER', TRUE, 0)");
                s.execute("INSERT INTO scopes VALUES ('old', '" + admin + "', 0)");
                s.execute("INSERT INTO dids (scope, name, did_type, account, is_open, length, created_at)"
                        + " VALUES ('old', 'ds', 'D', '" + admin + "', TRUE, 2, 0)");
                for (String name : List.of("a.root", "b.root")) {
                    s.execute("INSERT INTO dids (scope, name, did_type, account, bytes, is_open, length, created_at)"
                            + " VALUES ('old', '" + name + "', 'F', '" + admin + "', 10, FALSE, 0, 0)");
                }
                s.execute("INSERT INTO attachments (parent_id, child_id) SELECT d.id, f.id FROM dids d, dids f"
                        + " WHERE d.name = 'ds' AND f.did_type = 'F'");
            }
            c.commit();
            assertEquals(Map.of("ATTACHMENTS", 2, "DIDS", 1), foreignKeys(c), "V1 declared three keys here");
        }

        Did dataset = new Did("old", "ds");
        try (CatalogService lake = CatalogStore.open(config)) {
            assertEquals(List.of("old:a.root", "old:b.root"), lake.listContent(dataset)
                    .map(d -> d.did().toString()).toList());
            lake.addFiles(admin, dataset, List.of(new NewFile(new Did("old", "c.root"), 10L, "0a1b2c3d", null, null,
                    Map.of())), Progress.NONE);
            assertEquals(3, lake.listContent(dataset).count());
            assertEquals(List.of("old:ds"), lake.listRoots("old").map(d -> d.did().toString()).toList());
        }

        try (Connection c = DriverManager.getConnection(config.jdbcUrl()); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(version) FROM lake_schema")) {
            rs.next();
            assertEquals(SchemaMigrations.latest(), rs.getInt(1));
            assertEquals(Map.of("ATTACHMENTS", 1), foreignKeys(c), "only the child's key, on attachments_child");
        }
    }

    /** How many foreign keys each of the two bulk tables declares. */
    private static Map<String, Integer> foreignKeys(Connection c) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        DatabaseMetaData meta = c.getMetaData();
        for (String table : List.of("DIDS", "ATTACHMENTS")) {
            try (ResultSet rs = meta.getImportedKeys(null, "PUBLIC", table)) {
                while (rs.next()) {
                    counts.merge(table, 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
