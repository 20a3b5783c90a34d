package org.vre.lake.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathValidatorException;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.TrustManagerFactory;

/**
 * Which certificate authorities TLS connections trust. Grid practice is a CA directory of PEM files with
 * OpenSSL hashed names ({@code <hash>.0}), named by {@code X509_CERT_DIR}; without one, the Java runtime's
 * own CAs. Loaded lazily so commands that never open TLS start fast. Server certificates are always
 * verified (chain and host name): there is deliberately no "trust all" switch.
 */
public final class TlsTrust {

    /** The grid's conventional CA directory, used when {@code X509_CERT_DIR} is not set. */
    public static final Path GRID_CA_DIRECTORY = Path.of("/etc/grid-security/certificates");

    private static final Pattern HASHED_NAME = Pattern.compile("[0-9a-f]{8}\\.[0-9]+");

    private final Path caDirectory;
    private final String description;
    private SSLContext sslContext;

    private TlsTrust(Path caDirectory, String description) {
        this.caDirectory = caDirectory;
        this.description = description;
    }

    /** Trusts exactly the CAs in {@code directory} (files named {@code <hash>.N}). */
    public static TlsTrust fromDirectory(Path directory) {
        return new TlsTrust(directory, "the CA directory " + directory);
    }

    /** The Java runtime's default CAs (the web's public CAs). */
    public static TlsTrust system() {
        return new TlsTrust(null, "the Java runtime's default CAs");
    }

    /** {@code X509_CERT_DIR} if set, else {@code /etc/grid-security/certificates} if present, else the system CAs. */
    public static TlsTrust fromEnvironment() {
        String env = System.getenv("X509_CERT_DIR");
        if (env != null && !env.isBlank()) {
            return new TlsTrust(Path.of(env), "the CA directory " + env + " (X509_CERT_DIR)");
        }
        if (Files.isDirectory(GRID_CA_DIRECTORY)) {
            return fromDirectory(GRID_CA_DIRECTORY);
        }
        return system();
    }

    /** Where trust comes from, for messages ("the CA directory /x (X509_CERT_DIR)"). */
    public String description() {
        return description;
    }

    /** The CA directory, or null for the system CAs. */
    public Path caDirectory() {
        return caDirectory;
    }

    /** A TLS context verifying servers against these CAs; fails with a clear message when the directory is unusable. */
    public synchronized SSLContext sslContext() {
        if (sslContext == null) {
            sslContext = build();
        }
        return sslContext;
    }

    private SSLContext build() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(caDirectory == null ? null : loadDirectory());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new StorageException(StorageException.Reason.UNTRUSTED_CERTIFICATE, null,
                    "cannot set up TLS trust from " + description + ": " + e.getMessage(), e);
        }
    }

    private KeyStore loadDirectory() throws GeneralSecurityException {
        if (!Files.isDirectory(caDirectory)) {
            throw new StorageException(StorageException.Reason.UNTRUSTED_CERTIFICATE, null,
                    "the CA directory " + caDirectory + " does not exist (check X509_CERT_DIR)");
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
        CertificateFactory certificates = CertificateFactory.getInstance("X.509");
        int count = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(caDirectory)) {
            for (Path file : files) {
                if (!HASHED_NAME.matcher(file.getFileName().toString()).matches()) {
                    continue; // .signing_policy, .namespaces, CRLs (.r0) and the like
                }
                try (InputStream in = Files.newInputStream(file)) {
                    for (Certificate certificate : certificates.generateCertificates(in)) {
                        store.setCertificateEntry("ca-" + count++, certificate);
                    }
                } catch (GeneralSecurityException e) {
                    throw new StorageException(StorageException.Reason.UNTRUSTED_CERTIFICATE, null,
                            "the CA file " + file + " is not a PEM certificate: " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.UNTRUSTED_CERTIFICATE, null,
                    "cannot read the CA directory " + caDirectory + ": " + e.getMessage(), e);
        }
        if (count == 0) {
            throw new StorageException(StorageException.Reason.UNTRUSTED_CERTIFICATE, null,
                    "the CA directory " + caDirectory + " holds no CA certificates (files named <hash>.0)");
        }
        return store;
    }

    /**
     * Turns a TLS failure into a message that says what is wrong with trust (untrusted issuer, wrong host
     * name, expired) instead of "connection failed".
     */
    public StorageException explain(URI uri, SSLException failure) {
        String what;
        if (hasCause(failure, CertificateExpiredException.class)) {
            what = "the server's certificate has expired";
        } else if (hasCause(failure, CertificateNotYetValidException.class)) {
            what = "the server's certificate is not valid yet (check the clock)";
        } else if (failure instanceof SSLPeerUnverifiedException
                || messageOf(failure).contains("doesn't match") || messageOf(failure).contains("subject alternative")) {
            what = "the server's certificate does not match the host name " + uri.getHost()
                    + " (" + failure.getMessage() + ")";
        } else if (hasCause(failure, CertPathValidatorException.class)
                || messageOf(failure).contains("pkix path") || messageOf(failure).contains("unable to find valid certification path")) {
            what = "the server's certificate is not trusted: it is not signed by a CA in " + description
                    + " (add its CA there, or point X509_CERT_DIR at a directory that has it)";
        } else {
            what = "the TLS handshake failed: " + failure.getMessage();
        }
        return new StorageException(StorageException.Reason.UNTRUSTED_CERTIFICATE, uri, what, failure);
    }

    private static String messageOf(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(' ').append(c.getMessage());
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
