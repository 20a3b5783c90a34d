package org.vre.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real XRootD server (xrootd-server) with its HTTP module over TLS and the HTTP third-party-copy handler
 * (libXrdHttpTPC), on random loopback ports, run as the xrootd user. XrdHttp loads external handlers such as the
 * TPC one only when HTTPS is configured, hence the host certificate from the test PKI.
 */
public final class XrootdHttp implements AutoCloseable {

    private final Path root;
    private final int httpsPort;
    private Process process;

    private XrootdHttp(Path root, int httpsPort) {
        this.root = root;
        this.httpsPort = httpsPort;
    }

    public static XrootdHttp start(Path root, TestPki pki) {
        Commands.require("xrootd", "xrootd-server");
        if (!Files.exists(Path.of("/usr/lib/x86_64-linux-gnu/libXrdHttpTPC-5.so"))
                && !Files.exists(Path.of("/usr/lib/libXrdHttpTPC-5.so"))) {
            throw new AssertionError("XRootD's HTTP TPC handler is missing: apt-get install -y xrootd-server");
        }
        XrootdHttp server = new XrootdHttp(root, Commands.freePort());
        try {
            for (String dir : new String[] {"data", "admin", "run", "logs", "certs"}) {
                Files.createDirectories(root.resolve(dir));
            }
            NginxWebDav.openAncestors(root.resolve("x"));
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.copy(pki.certificate("host"), root.resolve("host.pem"));
            Files.copy(pki.key("host"), root.resolve("host.key"));
            try (var cas = Files.list(pki.caDirectory())) {
                for (Path ca : (Iterable<Path>) cas::iterator) {
                    Files.copy(ca, root.resolve("certs").resolve(ca.getFileName()));
                }
            }
            String config = "xrd.port " + Commands.freePort() + "\n"
                    + "all.export /\n"
                    + "oss.localroot " + root.resolve("data") + "\n"
                    + "all.adminpath " + root.resolve("admin") + "\n"
                    + "all.pidpath " + root.resolve("run") + "\n"
                    + "xrootd.chksum adler32\n"
                    + "xrd.protocol XrdHttp:" + server.httpsPort + " libXrdHttp.so\n"
                    + "xrd.tls " + root.resolve("host.pem") + " " + root.resolve("host.key") + "\n"
                    + "xrd.tlsca certdir " + root.resolve("certs") + "\n"
                    + "http.exthandler xrdtpc libXrdHttpTPC.so\n";
            Files.writeString(root.resolve("xrootd.cfg"), config);
            Commands.run(null, "chown", "-R", "xrootd:xrootd", root.toString());
            Files.setPosixFilePermissions(root.resolve("host.key"), PosixFilePermissions.fromString("rw-------"));
            server.process = new ProcessBuilder("xrootd", "-R", "xrootd", "-c", root.resolve("xrootd.cfg").toString(),
                    "-l", root.resolve("logs/xrootd.log").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(root.resolve("logs/stdout.log").toFile())
                    .start();
            // the pid file is written once the server has initialised (and bound its ports)
            FileEvents.awaitNonEmpty(root.resolve("run/xrootd.pid"), Duration.ofSeconds(30), server.process);
        } catch (IOException | IllegalStateException e) {
            server.close();
            throw new IllegalStateException("xrootd did not start: " + e.getMessage() + "\n" + server.log(), e);
        }
        return server;
    }

    public URI uri(String path) {
        return URI.create("https://127.0.0.1:" + httpsPort + "/" + path);
    }

    public Path data() {
        return root.resolve("data");
    }

    public String log() {
        try {
            Path log = root.resolve("logs/xrootd.log");
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(15, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }
}
