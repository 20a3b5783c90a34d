package org.vre.lake;

import java.time.Duration;

import org.vre.core.VreException;

/**
 * What a new replication rule asks for: {@code copies} replicas of {@code did} on RSEs chosen from
 * {@code rseExpression}; {@code lifetime} null means forever; {@code sourceExpression} limits where copies may
 * come from.
 */
public record RuleSpec(Did did, int copies, String rseExpression, Duration lifetime, RuleGrouping grouping,
        String sourceExpression, String activity, boolean locked, String comment) {

    public RuleSpec {
        if (did == null) {
            throw new VreException("rule: DID is required");
        }
        if (copies < 1) {
            throw new VreException("rule on " + did + ": copies must be at least 1, got " + copies);
        }
        if (rseExpression == null || rseExpression.isBlank()) {
            throw new VreException("rule on " + did + ": RSE expression is required");
        }
        if (lifetime != null && (lifetime.isNegative() || lifetime.isZero())) {
            throw new VreException("rule on " + did + ": lifetime must be positive, got " + lifetime.toSeconds() + " s");
        }
        grouping = grouping == null ? RuleGrouping.DATASET : grouping;
        activity = activity == null ? "User Subscriptions" : activity;
        if (comment != null && comment.length() > 255) {
            throw new VreException("rule on " + did + ": comment has " + comment.length() + " characters, at most 255");
        }
    }

    public static RuleSpec of(Did did, int copies, String rseExpression) {
        return new RuleSpec(did, copies, rseExpression, null, RuleGrouping.DATASET, null, null, false, null);
    }
}
