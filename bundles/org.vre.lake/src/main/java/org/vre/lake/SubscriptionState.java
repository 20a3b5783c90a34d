package org.vre.lake;

/** Rucio's subscription states; only ACTIVE (and NEW/UPDATED) subscriptions create rules. */
public enum SubscriptionState {
    ACTIVE, INACTIVE, NEW, UPDATED, BROKEN
}
