package org.vre.lake;

import java.time.Instant;

/**
 * One copy of a file on one RSE. {@code path} is the location relative to the protocol prefix (computed for
 * deterministic RSEs, stored for the others); {@code lockCount} is how many rule locks hold it;
 * a replica with a {@code tombstone} in the past and no locks may be deleted by the reaper.
 */
public record Replica(Did did, String rse, ReplicaState state, Long bytes, String adler32, String md5, String path,
        int lockCount, Instant tombstone, Instant createdAt, Instant updatedAt) {
}
