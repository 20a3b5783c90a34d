package org.vre.lake;

/** One file pinned on one RSE by one rule. */
public record ReplicaLock(String ruleId, Did did, String rse, LockState state) {
}
