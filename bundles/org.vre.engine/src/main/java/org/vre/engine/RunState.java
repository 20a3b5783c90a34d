package org.vre.engine;

/** REANA's states, used for a run, each of its steps and each job. */
public enum RunState {
    CREATED, QUEUED, PENDING, RUNNING, FINISHED, FAILED, STOPPED, DELETED;

    /** A state nothing moves out of (except a restart, which starts a new attempt). */
    public boolean isTerminal() {
        return this == FINISHED || this == FAILED || this == STOPPED || this == DELETED;
    }

    /** The lower-case name REANA prints ({@code finished}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
