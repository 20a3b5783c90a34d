package org.vre.lake.storage;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The authentication hook protocols ask per request; the auth bundle implements it (token discovery,
 * proxies). Implementations never log what they return.
 */
public interface StorageCredentials {

    /** Anonymous access. */
    StorageCredentials NONE = new StorageCredentials() { };

    /** A bearer token (WLCG JWT) to send to {@code resource}, if any. */
    default Optional<String> bearerToken(URI resource) {
        return Optional.empty();
    }

    /** A PEM file holding an X.509 proxy (certificate chain + key) for TLS client authentication, if any. */
    default Optional<Path> x509Proxy() {
        return Optional.empty();
    }
}
