package org.vre.lake.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL server for the tests: {@code initdb} into a temp folder, {@code postgres} on 127.0.0.1 and a
 * free port, run as the {@code postgres} user when we are root (it refuses root). Started once per test JVM and
 * stopped by its PID when the suite ends. Missing binaries fail the test with the package to install.
 */
public final class PostgresServer implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    public static final String USER = "postgres";

    private final Path dir;
    private final int port;
    private final String password;
    private final long pid;
    private boolean closed;

    private PostgresServer(Path dir, int port, String password, long pid) {
        this.dir = dir;
        this.port = port;
        this.password = password;
        this.pid = pid;
    }

    /** The server of this test run, started on first use and stopped when the root context closes. */
    public static PostgresServer shared(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(PostgresServer.class,
                k -> start(true), PostgresServer.class);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    public void createDatabase(String name) {
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, password);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
    }

    /** Finds the server binaries: {@code pg_config --bindir}, else the newest {@code /usr/lib/postgresql/N/bin}. */
    static Path binDir() {
        try {
            Process p = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor() == 0 && Files.isExecutable(Path.of(out, "postgres")) && Files.isExecutable(Path.of(out, "initdb"))) {
                return Path.of(out);
            }
        } catch (IOException e) {
            // no pg_config on PATH: look in Debian's place below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                Path found = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("postgres")) && Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparing(b -> versionOf(b.getParent().getFileName().toString()))).orElse(null);
                if (found != null) {
                    return found;
                }
            } catch (IOException e) {
                // fall through to the failure below
            }
        }
        throw new AssertionError("PostgreSQL server binaries (initdb, postgres) not found: install them with"
                + " 'apt-get install -y postgresql'");
    }

    private static int versionOf(String s) {
        try {
            return Integer.parseInt(s.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Starts a server; {@code fast} turns off fsync (tests), the benchmarks keep the defaults. */
    public static PostgresServer start(boolean fast) {
        Path bin = binDir();
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path dir = Files.createTempDirectory("vre-pg-");
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
            Path pwfile = dir.resolve("pwfile");
            Files.writeString(pwfile, password + "\n");
            Path data = dir.resolve("data");
            if (root) {
                run(List.of("chown", "-R", USER + ":" + USER, dir.toString()));
            }
            run(asPostgres(root, List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER,
                    "--pwfile=" + pwfile, "-A", "scram-sha-256", "-E", "UTF8", "--no-locale")));
            int port = freePort();
            List<String> cmd = new ArrayList<>(List.of(bin.resolve("postgres").toString(), "-D", data.toString(),
                    "-c", "listen_addresses=127.0.0.1", "-c", "port=" + port, "-c", "unix_socket_directories=" + dir,
                    "-c", "max_connections=200"));
            if (fast) {
                cmd.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
            }
            Process process = new ProcessBuilder(asPostgres(root, cmd)).redirectErrorStream(true).start();
            CompletableFuture<Void> ready = new CompletableFuture<>();
            Path log = dir.resolve("postgres.log");
            Thread drain = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8)); var out = Files.newBufferedWriter(log)) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        out.write(line);
                        out.newLine();
                        out.flush();
                        if (line.contains("ready to accept connections")) {
                            ready.complete(null);
                        }
                    }
                    ready.completeExceptionally(new IllegalStateException("postgres exited; log: " + log));
                } catch (IOException e) {
                    ready.completeExceptionally(e);
                }
            }, "postgres-log");
            drain.setDaemon(true);
            drain.start();
            ready.get(60, TimeUnit.SECONDS);
            long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
            PostgresServer server = new PostgresServer(dir, port, password, pid);
            // if the test JVM ends without closing it (System.exit, SIGTERM), the server must not outlive it
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-postgres-" + pid));
            return server;
        } catch (Exception e) {
            throw new IllegalStateException("cannot start PostgreSQL from " + bin + ": " + e.getMessage(), e);
        }
    }

    private static List<String> asPostgres(boolean root, List<String> cmd) {
        if (!root) {
            return cmd;
        }
        List<String> out = new ArrayList<>(List.of("runuser", "-u", USER, "--"));
        out.addAll(cmd);
        return out;
    }

    private static void run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + out);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Stops the postmaster by its PID (smart shutdown), waits for it, and removes the folder. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        ProcessHandle.of(pid).ifPresent(ph -> {
            ph.destroy();
            try {
                ph.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                ph.destroyForcibly();
            }
        });
        TempDirs.delete(dir);
    }
}
