package org.vre.lake;

import java.time.Instant;

/**
 * A copy the rules need: {@code did} from {@code sourceRse} (null when no source replica exists yet) to
 * {@code destinationRse}. The transfers engine claims, executes and completes it.
 */
public record TransferRequest(long id, String ruleId, Did did, String sourceRse, String destinationRse,
        TransferState state, int attempts, String reason, Long bytes, String adler32, String md5, String activity,
        Instant createdAt, Instant updatedAt) {
}
