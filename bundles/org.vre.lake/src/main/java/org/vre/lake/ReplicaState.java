package org.vre.lake;

/** Rucio's replica states. */
public enum ReplicaState {
    AVAILABLE, UNAVAILABLE, COPYING, BEING_DELETED, BAD, TEMPORARY_UNAVAILABLE
}
