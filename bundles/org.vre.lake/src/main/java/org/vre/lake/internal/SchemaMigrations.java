package org.vre.lake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.vre.core.VreException;

/**
 * Versioned schema migrations, applied in order, each recorded in {@code lake_schema}: SQL scripts
 * ({@code migrations/V<n>__<what>.sql}) and, where the step depends on what the store already holds, code.
 * Statements use {@code IF NOT EXISTS} and code steps check first, so a migration cut short by a crash (H2
 * commits DDL at once) is simply applied again. Callers hold a lock so that two processes do not migrate together.
 */
final class SchemaMigrations {

    /** One step of the schema's history. */
    interface Step {
        void apply(Connection c, Dialect dialect) throws SQLException;
    }

    record Migration(String name, Step step) {
    }

    /** Every migration, oldest first. Add new ones here; never edit a released one. */
    static final List<Migration> MIGRATIONS = List.of(script("V1__catalogue.sql"), script("V2__identity_cache.sql"),
            h2Script("V3__h2_identity_blocks.sql"), new Migration("V4__foreign_key_indexes", ForeignKeyIndexes::apply));

    private SchemaMigrations() {
    }

    static int latest() {
        return MIGRATIONS.size();
    }

    /** Brings the schema up to date; returns the version found before. */
    static int migrate(Connection c) throws SQLException {
        return migrate(c, latest());
    }

    /** Brings the schema up to version {@code target} (tests make older lakes with it); returns the version before. */
    static int migrate(Connection c, int target) throws SQLException {
        Dialect dialect = Dialect.ofUrl(c.getMetaData().getURL());
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS lake_schema (version INT PRIMARY KEY, applied_at BIGINT NOT NULL,"
                    + " description VARCHAR(200) NOT NULL)");
        }
        c.commit();
        int current;
        try (Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM lake_schema")) {
            rs.next();
            current = rs.getInt(1);
        }
        if (current > latest()) {
            throw new VreException("this catalogue has schema version " + current + " but this program knows only up to "
                    + latest() + ": use a newer VRE Workbench");
        }
        for (int v = current + 1; v <= target; v++) {
            Migration migration = MIGRATIONS.get(v - 1);
            String name = migration.name();
            migration.step().apply(c, dialect);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO lake_schema (version, applied_at, description) VALUES (" + v + ", "
                        + System.currentTimeMillis() + ", '" + name.replace("'", "") + "')");
            }
            c.commit();
        }
        return current;
    }

    private static Migration script(String file) {
        return new Migration(file, (c, dialect) -> {
            try (Statement s = c.createStatement()) {
                for (String sql : statements(read(file))) {
                    s.execute(idempotent(sql));
                }
            }
        });
    }

    /** A script only the embedded store needs; on PostgreSQL the version is recorded and nothing runs. */
    private static Migration h2Script(String file) {
        Migration script = script(file);
        return new Migration(file, (c, dialect) -> {
            if (dialect == Dialect.H2) {
                script.step().apply(c, dialect);
            }
        });
    }

    private static String idempotent(String sql) {
        String s = sql.strip();
        if (s.startsWith("CREATE TABLE ")) {
            return "CREATE TABLE IF NOT EXISTS " + s.substring("CREATE TABLE ".length());
        }
        if (s.startsWith("CREATE INDEX ")) {
            return "CREATE INDEX IF NOT EXISTS " + s.substring("CREATE INDEX ".length());
        }
        return s;
    }

    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String l = line.strip();
            if (l.startsWith("--") || l.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (l.endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String read(String name) {
        try (InputStream in = SchemaMigrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("migration " + name + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }
}
