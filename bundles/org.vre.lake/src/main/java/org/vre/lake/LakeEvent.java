package org.vre.lake;

import java.time.Instant;

/**
 * One data operation: who ({@code account}) did what ({@code type}, e.g. {@code did.add}) to what
 * ({@code target}), when, and how it ended ({@code outcome} OK or FAILED, with a {@code detail}).
 */
public record LakeEvent(long id, Instant time, String account, String type, String target, Outcome outcome,
        String detail) {

    public enum Outcome {
        OK, FAILED
    }
}
