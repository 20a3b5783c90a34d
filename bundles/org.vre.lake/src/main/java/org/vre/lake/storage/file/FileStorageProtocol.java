package org.vre.lake.storage.file;

import java.util.Set;

import org.vre.lake.storage.Storage;
import org.vre.lake.storage.StorageContext;
import org.vre.lake.storage.StorageProtocol;

/** {@code file://} URIs: local folders and mounted file systems (EOS FUSE, NFS, CephFS). */
public final class FileStorageProtocol implements StorageProtocol {

    @Override
    public Set<String> schemes() {
        return Set.of("file");
    }

    @Override
    public Storage open(StorageContext context) {
        return new FileStorage();
    }
}
