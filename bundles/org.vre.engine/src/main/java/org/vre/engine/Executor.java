package org.vre.engine;

/**
 * Runs jobs somewhere: on this machine, on a batch system, on a remote service. The engine, the editor and the
 * views see every backend through this interface; new backends (HTCondor, Kubernetes, a REANA server) are new
 * implementations registered in an {@link ExecutorRegistry}.
 */
public interface Executor {

    /** The registry name ({@code local}, {@code slurm}). */
    String name();

    /** Where jobs run, for provenance and {@code vre status} ({@code local on host pc42, no container runtime}). */
    String describe();

    /**
     * Starts one job. Lines the job writes go to its log files and to {@code logs} as they come.
     *
     * @throws org.vre.core.VreException when the job cannot be submitted (the message says why)
     */
    JobExecution start(JobRequest request, LogListener logs);
}
