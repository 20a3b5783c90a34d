package org.vre.lake;

import java.time.Instant;

/** A replication rule as stored, with counts of its locks per state. */
public record Rule(String id, String account, RuleSpec spec, RuleState state, String error, int locksOk,
        int locksReplicating, int locksStuck, Instant expiresAt, Instant createdAt, Instant updatedAt) {
}
