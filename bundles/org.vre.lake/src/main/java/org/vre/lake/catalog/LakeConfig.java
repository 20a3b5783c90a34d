package org.vre.lake.catalog;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * Where a catalogue lives and how it starts. {@code lakeDir} is the lake folder (the H2 database and the
 * {@code LOCAL} RSE's storage live there); it is null for a PostgreSQL catalogue without local storage.
 * {@code bootstrapAdmin} becomes the first admin of an empty catalogue.
 */
public record LakeConfig(String jdbcUrl, String user, String password, Path lakeDir, String bootstrapAdmin,
        Clock clock, int maxTransferAttempts) {

    public static final String DATABASE_NAME = "catalog";

    public LakeConfig {
        clock = clock == null ? Clock.systemUTC() : clock;
        maxTransferAttempts = maxTransferAttempts <= 0 ? 3 : maxTransferAttempts;
        bootstrapAdmin = bootstrapAdmin == null ? osAccount() : bootstrapAdmin;
    }

    /**
     * The embedded lake in {@code lakeDir}: an H2 file database in automatic mixed mode, so the desktop, the CLI
     * and workflow steps open it at the same time (the first opener serves the others on loopback).
     */
    public static LakeConfig embedded(Path lakeDir) {
        Path dir = lakeDir.toAbsolutePath().normalize();
        // WRITE_DELAY=0: a commit reaches the file before the call returns, so a killed process loses nothing
        // it reported as done (H2's default writes up to half a second later)
        String url = "jdbc:h2:file:" + dir.resolve(DATABASE_NAME) + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=20000"
                + ";WRITE_DELAY=0;LAZY_QUERY_EXECUTION=TRUE";
        return new LakeConfig(url, "", "", dir, null, null, 0);
    }

    /** A PostgreSQL (or other JDBC) catalogue; {@code lakeDir} may be null. */
    public static LakeConfig jdbc(String url, String user, String password, Path lakeDir) {
        return new LakeConfig(url, user, password, lakeDir, null, null, 0);
    }

    public LakeConfig withBootstrapAdmin(String account) {
        return new LakeConfig(jdbcUrl, user, password, lakeDir, account, clock, maxTransferAttempts);
    }

    public LakeConfig withClock(Clock c) {
        return new LakeConfig(jdbcUrl, user, password, lakeDir, bootstrapAdmin, c, maxTransferAttempts);
    }

    public LakeConfig withMaxTransferAttempts(int attempts) {
        return new LakeConfig(jdbcUrl, user, password, lakeDir, bootstrapAdmin, clock, attempts);
    }

    /** The OS user as a valid account name: lower case, other characters as '_', at most 25. */
    public static String osAccount() {
        String user = System.getProperty("user.name", "user").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_\\-]", "_");
        if (user.isEmpty()) {
            return "user";
        }
        return user.length() > 25 ? user.substring(0, 25) : user;
    }

    @Override
    public String toString() {
        return "LakeConfig[" + jdbcUrl.replaceAll("(?i)password=[^&;]*", "password=***") + "]";
    }
}
