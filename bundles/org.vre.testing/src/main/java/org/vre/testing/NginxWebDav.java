package org.vre.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real nginx WebDAV server (nginx-light + dav-ext) on a random loopback port, over http or https, serving
 * {@code <root>/data} at {@code /}; {@code /slow/} serves the same files at about 1 MiB/s so tests can act
 * mid-transfer. The master runs as root, workers as www-data (who owns the data). Stopped by its PID.
 */
public final class NginxWebDav implements AutoCloseable {

    private static final String WWW = "www-data";

    private final Path root;
    private final int port;
    private final boolean tls;
    private Process process;

    private NginxWebDav(Path root, int port, boolean tls) {
        this.root = root;
        this.port = port;
        this.tls = tls;
    }

    /** Plain http. */
    public static NginxWebDav start(Path root) {
        return start(root, null, null);
    }

    /** https with the host certificate {@code certName} of {@code pki} (null pki: plain http). */
    public static NginxWebDav start(Path root, TestPki pki, String certName) {
        Commands.require("nginx", "nginx-light libnginx-mod-http-dav-ext");
        if (!Files.exists(Path.of("/usr/lib/nginx/modules/ngx_http_dav_ext_module.so"))) {
            throw new AssertionError("nginx's WebDAV extension is missing: apt-get install -y libnginx-mod-http-dav-ext");
        }
        NginxWebDav server = new NginxWebDav(root, Commands.freePort(), pki != null);
        server.prepare(pki, certName);
        server.launch();
        return server;
    }

    private void prepare(TestPki pki, String certName) {
        try {
            Files.createDirectories(root);
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
            openAncestors(root);
            Files.createDirectories(data());
            Files.createDirectories(root.resolve("tmp"));
            Commands.run(null, "chown", "-R", WWW + ":" + WWW, data().toString(), root.resolve("tmp").toString());
            String listen = "listen 127.0.0.1:" + port + (tls ? " ssl" : "") + ";";
            String ssl = tls ? "ssl_certificate " + pki.certificate(certName) + ";\n    ssl_certificate_key "
                    + pki.key(certName) + ";\n" : "";
            String dav = "      dav_methods PUT DELETE MKCOL COPY MOVE;\n"
                    + "      dav_ext_methods PROPFIND OPTIONS;\n"
                    + "      create_full_put_path on;\n"
                    + "      dav_access user:rw group:r all:r;\n";
            String conf = "load_module /usr/lib/nginx/modules/ngx_http_dav_ext_module.so;\n"
                    + "user " + WWW + ";\n"
                    + "worker_processes 1;\n"
                    + "pid " + root.resolve("nginx.pid") + ";\n"
                    + "error_log " + root.resolve("error.log") + ";\n"
                    + "events { worker_connections 256; }\n"
                    + "http {\n"
                    + "  access_log " + root.resolve("access.log") + ";\n"
                    + "  client_body_temp_path " + root.resolve("tmp") + ";\n"
                    + "  client_max_body_size 0;\n"
                    + "  sendfile on;\n"
                    + "  server {\n"
                    + "    " + listen + "\n    " + ssl
                    + "    location /slow/ {\n      alias " + data() + "/;\n      limit_rate 1m;\n" + dav + "    }\n"
                    + "    location /readonly/ {\n      root " + data() + ";\n"
                    + "      limit_except GET HEAD PROPFIND OPTIONS { deny all; }\n" + dav + "    }\n"
                    + "    location / {\n      root " + data() + ";\n" + dav + "    }\n"
                    + "  }\n"
                    + "}\n";
            Files.writeString(root.resolve("nginx.conf"), conf, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** www-data must traverse the (private, mode 700) temporary folders above the server's root. */
    public static void openAncestors(Path folder) throws IOException {
        for (Path p = folder.toAbsolutePath().getParent(); p != null && p.getNameCount() > 1; p = p.getParent()) {
            java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.getPosixFilePermissions(p);
            if (permissions.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                Files.setPosixFilePermissions(p, permissions);
            }
        }
    }

    private void launch() {
        try {
            Files.deleteIfExists(root.resolve("nginx.pid"));
            process = new ProcessBuilder("nginx", "-e", root.resolve("error.log").toString(),
                    "-c", root.resolve("nginx.conf").toString(), "-g", "daemon off;")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("stdout.log").toFile()))
                    .start();
            // nginx writes its pid file after binding the port: then it accepts connections.
            FileEvents.awaitNonEmpty(root.resolve("nginx.pid"), Duration.ofSeconds(20), process);
        } catch (IOException | IllegalStateException e) {
            throw new IllegalStateException("nginx did not start: " + e.getMessage() + "\n" + errorLog(), e);
        }
    }

    /** The folder served at {@code /}, owned by www-data. */
    public Path data() {
        return root.resolve("data");
    }

    public int port() {
        return port;
    }

    /** {@code http(s)://127.0.0.1:port/} + path (no leading slash). */
    public URI uri(String path) {
        return URI.create((tls ? "https" : "http") + "://127.0.0.1:" + port + "/" + path);
    }

    /** Where writes are refused by the server's access rules (403), as on a read-only endpoint: {@code /readonly/}. */
    public URI readOnlyUri(String path) {
        return uri("readonly/" + path);
    }

    /** Hands files written by the test to www-data, as if uploaded. */
    public void chownData() {
        Commands.run(null, "chown", "-R", WWW + ":" + WWW, data().toString());
    }

    public String errorLog() {
        try {
            Path log = root.resolve("error.log");
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Fast shutdown (SIGTERM to the master's PID): open connections are cut, as in a crash. */
    public void stop() {
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

    /** Starts again on the same port and data, e.g. after {@link #stop()} in a fault test. */
    public void restart() {
        stop();
        launch();
    }

    @Override
    public void close() {
        stop();
    }
}
