package org.vre.engine;

/** A job an executor has started. */
public interface JobExecution {

    /** The executor's id for it (a pid, a Slurm job id). */
    String externalId();

    /** Blocks until the job has ended. */
    JobOutcome await() throws InterruptedException;

    /** Stops the job (and everything it started); {@link #await()} then answers {@link RunState#STOPPED}. */
    void stop();
}
