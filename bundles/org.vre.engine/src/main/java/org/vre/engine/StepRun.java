package org.vre.engine;

import java.util.List;

/**
 * A step of a run and its jobs.
 *
 * @param cached true when the step's results came from the cache instead of running it
 */
public record StepRun(String name, RunState state, String environment, String backend, List<JobRun> jobs,
        boolean cached, String message) {

    public StepRun {
        jobs = List.copyOf(jobs);
    }

    public StepRun withState(RunState newState, String newMessage) {
        return new StepRun(name, newState, environment, backend, jobs, cached, newMessage);
    }

    public StepRun withJobs(List<JobRun> newJobs) {
        return new StepRun(name, state, environment, backend, newJobs, cached, message);
    }

    public StepRun withCached(boolean isCached) {
        return new StepRun(name, state, environment, backend, jobs, isCached, message);
    }
}
