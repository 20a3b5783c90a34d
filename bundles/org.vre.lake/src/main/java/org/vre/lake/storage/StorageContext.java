package org.vre.lake.storage;

import java.time.Duration;
import java.util.Objects;

/**
 * What every protocol needs to open a client: whom to trust, how to authenticate, how long to wait.
 *
 * @param trust the certificate authorities TLS connections are verified against
 * @param credentials the hook that gives tokens or proxies per request (none for anonymous access)
 * @param connectTimeout limit for opening a connection
 * @param readTimeout limit for a read that makes no progress (the server went silent)
 */
public record StorageContext(TlsTrust trust, StorageCredentials credentials, Duration connectTimeout,
        Duration readTimeout) {

    public StorageContext {
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
    }

    /** Trust from {@code X509_CERT_DIR} (or the system), no credentials, 10 s connect, 60 s read timeouts. */
    public static StorageContext defaults() {
        return new StorageContext(TlsTrust.fromEnvironment(), StorageCredentials.NONE,
                Duration.ofSeconds(10), Duration.ofSeconds(60));
    }

    public StorageContext withTrust(TlsTrust newTrust) {
        return new StorageContext(newTrust, credentials, connectTimeout, readTimeout);
    }

    public StorageContext withCredentials(StorageCredentials newCredentials) {
        return new StorageContext(trust, newCredentials, connectTimeout, readTimeout);
    }

    public StorageContext withTimeouts(Duration connect, Duration read) {
        return new StorageContext(trust, credentials, connect, read);
    }
}
