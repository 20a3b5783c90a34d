package org.vre.lake.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.vre.core.VreException;
import org.vre.lake.AccountType;
import org.vre.lake.RseProtocol;
import org.vre.lake.catalog.LakeConfig;

/**
 * Makes a catalogue ready: schema migrations, then in an empty catalogue the first admin, its scope and the
 * LOCAL RSE. Runs under a lock (a file lock for a lake folder, an advisory lock on PostgreSQL) so that
 * processes opening a fresh lake together create it once.
 */
final class LakeBootstrap {

    static final String LOCAL_RSE = "LOCAL";
    private static final long PG_LOCK_KEY = 0x5652454c414b45L; // "VRELAKE"

    private LakeBootstrap() {
    }

    static void prepare(Database db, LakeConfig config, AccountStore accounts, RseStore rses) {
        if (db.dialect() == Dialect.H2 && config.lakeDir() != null) {
            Path lockFile = config.lakeDir().resolve("catalog.open.lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                migrateAndSeed(db, config, accounts, rses);
            } catch (IOException e) {
                throw new VreException("cannot lock " + lockFile + ": " + e.getMessage(), e);
            }
        } else {
            migrateAndSeed(db, config, accounts, rses);
        }
    }

    private static void migrateAndSeed(Database db, LakeConfig config, AccountStore accounts, RseStore rses) {
        Connection c = db.connect();
        boolean healthy = false;
        try {
            boolean pg = db.dialect() == Dialect.POSTGRESQL;
            if (pg) {
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT pg_advisory_lock(" + PG_LOCK_KEY + ")");
                }
            }
            try {
                SchemaMigrations.migrate(c);
            } finally {
                if (pg) {
                    c.rollback();
                    c.setAutoCommit(true);
                    try (Statement s = c.createStatement()) {
                        s.execute("SELECT pg_advisory_unlock(" + PG_LOCK_KEY + ")");
                    }
                }
            }
            healthy = true;
        } catch (SQLException e) {
            throw new VreException("cannot prepare the catalogue " + db.description() + ": " + e.getMessage(), e);
        } finally {
            db.release(c, healthy);
        }
        db.transaction(tx -> {
            if (db.dialect() == Dialect.POSTGRESQL) {
                tx.first("SELECT pg_advisory_xact_lock(" + PG_LOCK_KEY + ")", rs -> null);
            }
            if (tx.count("SELECT COUNT(*) FROM accounts") > 0) {
                return null;
            }
            String admin = config.bootstrapAdmin();
            accounts.insert(tx, admin, AccountType.USER, true);
            accounts.insertScope(tx, "user." + admin, admin);
            String detail = "admin " + admin + ", scope user." + admin;
            if (config.lakeDir() != null) {
                Path local = config.lakeDir().resolve("storage").resolve("local");
                try {
                    Files.createDirectories(local);
                } catch (IOException e) {
                    throw new VreException("cannot create the local storage " + local + ": " + e.getMessage(), e);
                }
                rses.insert(tx, LOCAL_RSE, true, Map.of("type", "DISK", "local", "true"),
                        List.of(RseProtocol.fromUrl(local.toUri().toString())));
                detail += ", RSE " + LOCAL_RSE + " at " + local;
            }
            tx.event(admin, "lake.create", db.description(), detail);
            return null;
        });
    }
}
