package org.vre.lake.xrootd.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.vre.lake.xrootd.XrootdUrl;

/**
 * A real xrootd (Debian's xrootd-server) on a free loopback port, in its own temporary folder. It refuses to
 * run as root, so as root it is started with {@code -R xrootd} and its folders are given to that user.
 * Readiness is its own "initialization completed" log line; it is stopped by PID.
 */
public final class XrootdServer implements AutoCloseable {
    private static final String APT = "xrootd-server xrootd-client xrootd-client-plugins";

    private final Path home;
    private final int port;
    private final List<String> extraConfig;
    private Process process;

    private XrootdServer(Path home, int port, List<String> extraConfig) {
        this.home = home;
        this.port = port;
        this.extraConfig = extraConfig;
    }

    /** Starts a server; {@code extraConfig} lines are appended to the basic anonymous configuration. */
    public static XrootdServer start(String... extraConfig) {
        return start(freePort(), extraConfig);
    }

    public static XrootdServer start(int port, String... extraConfig) {
        requireBinary("xrootd");
        try {
            Path home = Files.createTempDirectory("vre-xrootd-");
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
            for (String dir : List.of("data", "admin", "run")) {
                Files.createDirectories(home.resolve(dir));
            }
            XrootdServer server = new XrootdServer(home, port, List.of(extraConfig));
            server.writeConfig();
            server.giveToServerUser();
            server.launch();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** The folder the server exports as {@code /}. */
    public Path data() {
        return home.resolve("data");
    }

    public XrootdUrl url(String path) {
        return new XrootdUrl("127.0.0.1", port, path, "");
    }

    public URI uri(String path) {
        return URI.create("root://127.0.0.1:" + port + "/" + (path.startsWith("/") ? path : "/" + path));
    }

    public long pid() {
        return process.pid();
    }

    /** Files put into {@link #data()} by the test become the server's, so it can also change them. */
    public void giveToServerUser() {
        if (isRoot()) {
            run("chown", "-R", "xrootd:xrootd", home.toString());
        }
    }

    /** SIGKILL: the server dies at once, mid-request. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** Starts the same server again on the same port and folder. */
    public void restart() {
        if (process.isAlive()) {
            process.destroy();
            waitForExit();
        }
        launch();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitForExit();
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // temporary folder; leftovers are harmless
        }
    }

    private void writeConfig() throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "xrd.port " + port,
                "all.export /",
                "oss.localroot " + home.resolve("data"),
                "all.adminpath " + home.resolve("admin"),
                "all.pidpath " + home.resolve("run"),
                "xrootd.chksum adler32"));
        lines.addAll(extraConfig);
        Files.write(home.resolve("xrootd.cfg"), lines);
    }

    private void launch() {
        List<String> command = new ArrayList<>(List.of("xrootd"));
        if (isRoot()) {
            command.addAll(List.of("-R", "xrootd"));
        }
        command.addAll(List.of("-c", home.resolve("xrootd.cfg").toString()));
        CountDownLatch ready = new CountDownLatch(1);
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start xrootd", e);
        }
        Path log = home.resolve("xrootd.log");
        Thread pump = new Thread(() -> copyLog(log, ready), "xrootd-log " + port);
        pump.setDaemon(true);
        pump.start();
        try {
            boolean started = ready.await(30, TimeUnit.SECONDS);
            if (!started || !process.isAlive()) {
                process.destroyForcibly();
                throw new AssertionError("xrootd did not start on port " + port + ":\n" + tail(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while starting xrootd");
        }
    }

    private void copyLog(Path log, CountDownLatch ready) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND)) {
            String line;
            while ((line = reader.readLine()) != null) {
                out.write(line);
                out.write('\n');
                out.flush();
                if (line.startsWith("------ xrootd ") && line.contains(":" + port + " initialization completed")) {
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            // the process ended
        } finally {
            ready.countDown();
        }
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("xrootd (pid " + process.pid() + ") did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Fails, naming the apt packages, when an XRootD program is missing. */
    public static Path requireBinary(String name) {
        for (String dir : List.of("/usr/bin", "/usr/sbin", "/usr/local/bin")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(name + " is not installed: apt-get install -y " + APT);
    }

    public static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a program to completion and returns its standard output; fails with its output otherwise. */
    public static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = p.getInputStream().readAllBytes();
            if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("failed: " + String.join(" ", command) + "\n"
                        + new String(output, StandardCharsets.UTF_8));
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
