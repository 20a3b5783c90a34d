package org.vre.lake;

/** A lock pins one file on one RSE for a rule: OK once the replica is there, STUCK when copying failed for good. */
public enum LockState {
    REPLICATING, OK, STUCK
}
