package org.vre.lake.storage;

import java.util.List;

import org.vre.lake.storage.file.FileStorageProtocol;
import org.vre.lake.storage.http.HttpStorageProtocol;
import org.vre.lake.storage.root.RootStorageProtocol;

/**
 * The protocols this bundle implements: {@code file}, {@code http(s)}/{@code dav(s)} and {@code root}. Front ends
 * that run without a service registry (the command line, the server's housekeeping) start from this list.
 */
public final class BuiltInProtocols {

    private BuiltInProtocols() {
    }

    public static List<StorageProtocol> all() {
        return List.of(new FileStorageProtocol(), new HttpStorageProtocol(), new RootStorageProtocol());
    }
}
