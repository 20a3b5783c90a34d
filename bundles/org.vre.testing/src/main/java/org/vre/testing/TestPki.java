package org.vre.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A throw-away PKI made with openssl, as grid sites do it: a CA, a host certificate for 127.0.0.1 signed by it,
 * a CA directory with the hashed name {@code <hash>.0}, and for negative tests a host certificate from another
 * CA and one for the wrong host name.
 */
public final class TestPki {

    private final Path root;

    private TestPki(Path root) {
        this.root = root;
    }

    public static TestPki create(Path root) {
        Commands.require("openssl", "openssl");
        TestPki pki = new TestPki(root);
        try {
            Files.createDirectories(root.resolve("certificates"));
            pki.ca("ca", "/DC=test/DC=vre/CN=VRE Test CA");
            pki.ca("rogue-ca", "/DC=test/DC=rogue/CN=Rogue CA");
            pki.host("host", "ca", "IP:127.0.0.1");
            pki.host("rogue-host", "rogue-ca", "IP:127.0.0.1");
            pki.host("wrong-name-host", "ca", "DNS:storage.example.org");
            String hash = Commands.run(root, "openssl", "x509", "-noout", "-hash", "-in", "ca.pem").trim();
            Files.copy(root.resolve("ca.pem"), root.resolve("certificates").resolve(hash + ".0"));
            Files.writeString(root.resolve("certificates").resolve(hash + ".signing_policy"),
                    "access_id_CA X509 '/DC=test/DC=vre/CN=VRE Test CA'\npos_rights globus CA:sign\n"
                            + "cond_subjects globus '\"/DC=test/DC=vre/*\"'\n");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return pki;
    }

    private void ca(String name, String subject) {
        Commands.run(root, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-keyout", name + ".key", "-out", name + ".pem", "-subj", subject,
                "-addext", "basicConstraints=critical,CA:true",
                "-addext", "keyUsage=critical,keyCertSign,cRLSign");
    }

    private void host(String name, String ca, String san) throws IOException {
        Commands.run(root, "openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", name + ".key",
                "-out", name + ".csr", "-subj", "/DC=test/DC=vre/CN=" + name);
        Path ext = root.resolve(name + ".ext");
        Files.writeString(ext, "subjectAltName=" + san + "\nextendedKeyUsage=serverAuth\n"
                + "keyUsage=critical,digitalSignature,keyEncipherment\nbasicConstraints=critical,CA:false\n");
        Commands.run(root, "openssl", "x509", "-req", "-in", name + ".csr", "-CA", ca + ".pem", "-CAkey", ca + ".key",
                "-CAcreateserial", "-days", "2", "-out", name + ".pem", "-extfile", ext.getFileName().toString());
    }

    /** The CA directory ({@code <hash>.0}) to trust. */
    public Path caDirectory() {
        return root.resolve("certificates");
    }

    public Path certificate(String name) {
        return root.resolve(name + ".pem");
    }

    public Path key(String name) {
        return root.resolve(name + ".key");
    }
}
