package org.vre.engine;

/** A job an executor has started. */
public interface JobExecution {

    /** The executor's id for it (a pid, a Slurm job id). */
    String externalId();

    /** Blocks until the job has ended. */
    JobOutcome await() throws InterruptedException;

    /** Stops the job (and everything it started); {@link #await()} then answers {@link RunState#STOPPED}. */
    void stop();

    /**
     * Tells {@code listener} the job's current state now and every change before it ends (a batch job is pending in
     * the queue, then running). Executors whose jobs run at once need not implement it.
     */
    default void onStateChange(StateListener listener) {
    }

    /** A job's state before it ended, with the scheduler's reason ("Resources", "Priority") when it gave one. */
    @FunctionalInterface
    interface StateListener {
        void changed(RunState state, String reason);
    }
}
