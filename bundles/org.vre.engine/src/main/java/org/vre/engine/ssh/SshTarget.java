package org.vre.engine.ssh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.vre.core.VreException;

/**
 * A login node and how to log in: {@code [user@]host[:port]}, the private key file and the known_hosts file
 * that must already hold the host's key.
 */
public record SshTarget(String user, String host, int port, Path keyFile, Path knownHosts) {

    /**
     * Parses {@code [user@]host[:port]}; the user defaults to this account, the key to the first of
     * {@code ~/.ssh/id_ecdsa, id_rsa} that exists (Ed25519 keys are refused with a clear message), known_hosts to
     * {@code ~/.ssh/known_hosts}.
     */
    public static SshTarget parse(String text, Path keyFile, Path knownHosts) {
        if (text == null || text.isBlank()) {
            throw new VreException("--ssh: give the login node as [user@]host[:port]");
        }
        String rest = text.strip();
        String user = System.getProperty("user.name");
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            user = rest.substring(0, at);
            rest = rest.substring(at + 1);
        }
        int port = 22;
        int colon = rest.lastIndexOf(':');
        if (colon >= 0 && rest.indexOf(':') == colon) {
            try {
                port = Integer.parseInt(rest.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new VreException("--ssh " + text + ": the port '" + rest.substring(colon + 1) + "' is not a number");
            }
            rest = rest.substring(0, colon);
        }
        if (rest.isEmpty() || user.isEmpty() || port <= 0 || port > 65535) {
            throw new VreException("--ssh " + text + ": expected [user@]host[:port]");
        }
        Path ssh = Path.of(System.getProperty("user.home"), ".ssh");
        Path key = keyFile;
        if (key == null) {
            key = List.of("id_ecdsa", "id_rsa").stream().map(ssh::resolve).filter(Files::isRegularFile)
                    .findFirst().orElseThrow(() -> new VreException("--ssh " + text
                            + ": no ECDSA or RSA private key in " + ssh + " (id_ecdsa, id_rsa); give one with --ssh-key"));
        } else if (!Files.isRegularFile(key)) {
            throw new VreException("--ssh-key " + key + ": no such file");
        }
        if (isEd25519(key)) {
            throw new VreException("--ssh-key " + key + ": an Ed25519 key; this version logs in with ECDSA or RSA keys"
                    + " (make one with ssh-keygen -t ecdsa and add its .pub to the login node's authorized_keys)");
        }
        return new SshTarget(user, rest, port, key, knownHosts != null ? knownHosts : ssh.resolve("known_hosts"));
    }

    /**
     * Whether an OpenSSH private key is Ed25519 (its key type is inside the base64 body): MINA SSHD needs the
     * net.i2p EdDSA library for those, which the platform does not ship.
     */
    static boolean isEd25519(Path key) {
        try {
            String text = Files.readString(key);
            int begin = text.indexOf("-----BEGIN OPENSSH PRIVATE KEY-----");
            int end = text.indexOf("-----END OPENSSH PRIVATE KEY-----");
            if (begin < 0 || end < begin) {
                return false;
            }
            byte[] body = java.util.Base64.getMimeDecoder().decode(text.substring(begin + 35, end));
            return new String(body, java.nio.charset.StandardCharsets.ISO_8859_1).contains("ssh-ed25519");
        } catch (java.io.IOException | IllegalArgumentException e) {
            return false; // unreadable here: the login reports it
        }
    }

    /** {@code alice@login.example.org:22}. */
    @Override
    public String toString() {
        return user + "@" + host + ":" + port;
    }

    /** How the host appears in known_hosts ({@code [host]:port} unless the port is 22). */
    public String knownHostsName() {
        return port == 22 ? host : "[" + host + "]:" + port;
    }
}
