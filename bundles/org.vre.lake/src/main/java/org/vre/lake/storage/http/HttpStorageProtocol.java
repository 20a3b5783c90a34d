package org.vre.lake.storage.http;

import java.util.Set;

import org.vre.lake.storage.Storage;
import org.vre.lake.storage.StorageContext;
import org.vre.lake.storage.StorageProtocol;

/**
 * HTTP and WebDAV storage: {@code http}/{@code dav} in clear, {@code https}/{@code davs} over TLS verified
 * against the context's CA trust. One client (with a connection pool) serves every endpoint.
 */
public final class HttpStorageProtocol implements StorageProtocol {

    @Override
    public Set<String> schemes() {
        return Set.of("http", "https", "dav", "davs");
    }

    @Override
    public Storage open(StorageContext context) {
        return new HttpStorage(context);
    }
}
