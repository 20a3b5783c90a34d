package org.vre.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSSH server (Debian's openssh-server, {@code /usr/sbin/sshd}) on a free loopback port with its own host
 * key and configuration; the only way in is a key pair it generates for this account ({@link #clientKey()}).
 * Sessions get the environment given at start (e.g. {@code SLURM_CONF}), as a login node's profile would set it.
 */
public final class OpenSshServer implements AutoCloseable {

    private final Path root;
    private final int port;
    private Process process;

    private OpenSshServer(Path root, int port) {
        this.root = root;
        this.port = port;
    }

    /** Starts sshd for the current user, with {@code sessionEnvironment} set in every session. */
    public static OpenSshServer start(Path root, Map<String, String> sessionEnvironment) {
        Commands.require("sshd", "openssh-server");
        Commands.require("ssh-keygen", "openssh-client");
        OpenSshServer server = new OpenSshServer(root, Commands.freePort());
        try {
            server.prepare(sessionEnvironment);
            server.launch();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return server;
    }

    private void prepare(Map<String, String> sessionEnvironment) throws IOException {
        Files.createDirectories(root);
        // ECDSA keys: the JDK reads them without extra providers
        keygen(root.resolve("host_key"));
        keygen(clientKey());
        keygen(root.resolve("other_host_key"));
        Files.copy(root.resolve("client_key.pub"), root.resolve("authorized_keys"));
        Files.writeString(knownHosts(), "[127.0.0.1]:" + port + " " + publicKey("host_key") + "\n");
        Files.writeString(root.resolve("known_hosts_changed"), "[127.0.0.1]:" + port + " "
                + publicKey("other_host_key") + "\n");
        Files.writeString(root.resolve("known_hosts_empty"), "");
        // privilege separation needs this folder; Debian creates it at boot, a fresh container may not have it
        Files.createDirectories(Path.of("/run/sshd"));
        StringBuilder conf = new StringBuilder()
                .append("Port ").append(port).append('\n')
                .append("ListenAddress 127.0.0.1\n")
                .append("HostKey ").append(root.resolve("host_key")).append('\n')
                .append("PidFile ").append(root.resolve("sshd.pid")).append('\n')
                .append("AuthorizedKeysFile ").append(root.resolve("authorized_keys")).append('\n')
                .append("PermitRootLogin prohibit-password\n")
                .append("PubkeyAuthentication yes\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n")
                .append("UsePAM no\n")
                // the key files live under /tmp, which is world-writable: sshd's ownership checks would refuse them
                .append("StrictModes no\n")
                .append("MaxSessions 50\nMaxStartups 50\n")
                .append("LogLevel VERBOSE\n");
        if (!sessionEnvironment.isEmpty()) {
            conf.append("SetEnv");
            sessionEnvironment.forEach((k, v) -> conf.append(' ').append(k).append('=').append(v));
            conf.append('\n');
        }
        Files.writeString(root.resolve("sshd_config"), conf.toString(), StandardCharsets.UTF_8);
    }

    private void keygen(Path file) {
        Commands.run(null, "ssh-keygen", "-q", "-t", "ecdsa", "-b", "256", "-N", "", "-C", "vre-test", "-f",
                file.toString());
    }

    private String publicKey(String name) throws IOException {
        String[] parts = Files.readString(root.resolve(name + ".pub")).strip().split("\\s+");
        return parts[0] + " " + parts[1];
    }

    private void launch() throws IOException {
        process = new ProcessBuilder("/usr/sbin/sshd", "-D", "-e", "-f", root.resolve("sshd_config").toString())
                .redirectErrorStream(true).redirectOutput(root.resolve("sshd.log").toFile()).start();
        // sshd writes its pid file once it listens
        FileEvents.awaitNonEmpty(root.resolve("sshd.pid"), Duration.ofSeconds(20), process);
    }

    public int port() {
        return port;
    }

    /** {@code user@127.0.0.1:port} for this account. */
    public String target() {
        return System.getProperty("user.name") + "@127.0.0.1:" + port;
    }

    /** The private key the server accepts (mode 600). */
    public Path clientKey() {
        return root.resolve("client_key");
    }

    /** A known_hosts file holding this server's host key. */
    public Path knownHosts() {
        return root.resolve("known_hosts");
    }

    /** A known_hosts file holding another key for this server (as after a reinstall, or an impostor). */
    public Path knownHostsWithChangedKey() {
        return root.resolve("known_hosts_changed");
    }

    /** A known_hosts file that does not know this server. */
    public Path emptyKnownHosts() {
        return root.resolve("known_hosts_empty");
    }

    public String log() {
        try {
            return Files.readString(root.resolve("sshd.log"));
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
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }
}
