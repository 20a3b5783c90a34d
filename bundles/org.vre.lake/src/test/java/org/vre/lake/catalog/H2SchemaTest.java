package org.vre.lake.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.lake.CatalogService;

/** The embedded store after its migrations: one index per purpose, and the foreign keys still hold. */
class H2SchemaTest {

    @Test
    void aRegisteredFileCostsOnlyTheIndexesQueriesUse(@TempDir Path dir) throws SQLException {
        try (CatalogService lake = CatalogStore.open(LakeConfig.embedded(dir))) {
            lake.listScopes();
        }
        try (Connection c = open(dir)) {
            assertEquals(Map.of("ID", "PRIMARY KEY", "SCOPE,NAME", "UNIQUE INDEX", "SCOPE,CREATED_AT", "INDEX"),
                    indexes(c, "DIDS"));
            assertEquals(Map.of("PARENT_ID,CHILD_ID", "PRIMARY KEY", "CHILD_ID", "INDEX"), indexes(c, "ATTACHMENTS"));
            assertEquals(Map.of("ID", "PRIMARY KEY", "DID_ID", "INDEX", "ACCOUNT", "INDEX", "EXPIRES_AT", "INDEX"),
                    indexes(c, "RULES"));
        }
    }

    @Test
    void theKeysOnTheSharedIndexesStillRefuseDanglingRows(@TempDir Path dir) throws SQLException {
        try (CatalogService lake = CatalogStore.open(LakeConfig.embedded(dir))) {
            lake.listScopes();
        }
        try (Connection c = open(dir); Statement s = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> s.execute("INSERT INTO attachments (parent_id, child_id) VALUES (1, 987654321)"));
            assertEquals("23506", refused.getSQLState(), refused.getMessage());
        }
    }

    private static Connection open(Path dir) throws SQLException {
        return DriverManager.getConnection(LakeConfig.embedded(dir).jdbcUrl());
    }

    /** Index columns (comma separated, in order) to the index's type, for one table. */
    private static Map<String, String> indexes(Connection c, String table) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (var ps = c.prepareStatement("SELECT i.INDEX_TYPE_NAME, LISTAGG(k.COLUMN_NAME, ',') WITHIN GROUP"
                + " (ORDER BY k.ORDINAL_POSITION) FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS k"
                + " ON k.INDEX_NAME = i.INDEX_NAME AND k.TABLE_NAME = i.TABLE_NAME WHERE i.TABLE_SCHEMA = 'PUBLIC'"
                + " AND i.TABLE_NAME = ? GROUP BY i.INDEX_NAME, i.INDEX_TYPE_NAME")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String previous = out.put(rs.getString(2), rs.getString(1));
                    assertEquals(null, previous, table + " has two indexes on " + rs.getString(2));
                }
            }
        }
        return out;
    }
}
