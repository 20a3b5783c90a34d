package org.vre.lake.transfer;

import java.io.IOException;
import java.net.URI;

import org.vre.lake.Replica;
import org.vre.lake.ReplicaDeleter;
import org.vre.lake.storage.StorageException;
import org.vre.lake.storage.StorageRegistry;

/** The reaper's hands: deletes a replica's bytes through the storage protocol of its PFN. Missing bytes are fine. */
public final class StorageReplicaDeleter implements ReplicaDeleter {

    private final StorageRegistry storages;

    public StorageReplicaDeleter(StorageRegistry storages) {
        this.storages = storages;
    }

    @Override
    public void delete(Replica replica, URI pfn) throws IOException {
        try {
            storages.storageFor(pfn).delete(pfn);
        } catch (StorageException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
