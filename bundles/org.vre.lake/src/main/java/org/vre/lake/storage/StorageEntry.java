package org.vre.lake.storage;

import java.net.URI;
import java.time.Instant;

/**
 * One file or directory as the storage reports it.
 *
 * @param uri its full address
 * @param name the last path segment, without a trailing slash
 * @param directory true for a directory (collection)
 * @param size bytes for a file, -1 when unknown or a directory
 * @param modified last modification, or null when the server does not say
 */
public record StorageEntry(URI uri, String name, boolean directory, long size, Instant modified) {
}
