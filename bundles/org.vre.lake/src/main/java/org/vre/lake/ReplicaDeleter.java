package org.vre.lake;

import java.io.IOException;
import java.net.URI;

/**
 * Deletes the bytes of a replica the reaper chose; the storage layer implements it per scheme.
 * The catalogue row is removed only after this returns normally.
 */
@FunctionalInterface
public interface ReplicaDeleter {
    void delete(Replica replica, URI pfn) throws IOException;
}
