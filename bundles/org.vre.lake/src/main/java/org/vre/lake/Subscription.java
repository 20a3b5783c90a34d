package org.vre.lake;

import java.time.Instant;
import java.util.List;

/**
 * Creates rules for new DIDs that match {@code filter} (a {@link DidFilter} text applied in {@code scope}).
 */
public record Subscription(String id, String name, String account, String scope, String filter,
        List<RuleTemplate> rules, SubscriptionState state, String comment, Instant createdAt, Instant lastProcessedAt) {

    public Subscription {
        rules = List.copyOf(rules);
    }
}
