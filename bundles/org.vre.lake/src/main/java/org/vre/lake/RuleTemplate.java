package org.vre.lake;

import java.time.Duration;

/** A rule without its DID: what a subscription applies to every new match. */
public record RuleTemplate(int copies, String rseExpression, Duration lifetime, RuleGrouping grouping,
        String sourceExpression, String activity, String comment) {

    public RuleTemplate {
        grouping = grouping == null ? RuleGrouping.DATASET : grouping;
        activity = activity == null ? "Data Brokering" : activity;
        RseExpression.parse(rseExpression);
        if (sourceExpression != null) {
            RseExpression.parse(sourceExpression);
        }
        if (copies < 1) {
            throw new org.vre.core.VreException("rule template: copies must be at least 1, got " + copies);
        }
    }

    public static RuleTemplate of(int copies, String rseExpression) {
        return new RuleTemplate(copies, rseExpression, null, RuleGrouping.DATASET, null, null, null);
    }

    public RuleSpec toSpec(Did did) {
        return new RuleSpec(did, copies, rseExpression, lifetime, grouping, sourceExpression, activity, false, comment);
    }
}
