package org.vre.lake;

/** Rucio's rule states; this catalogue produces REPLICATING, OK, STUCK and SUSPENDED. */
public enum RuleState {
    REPLICATING, OK, STUCK, SUSPENDED, WAITING_APPROVAL, INJECT
}
