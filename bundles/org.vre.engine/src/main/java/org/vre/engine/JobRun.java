package org.vre.engine;

import java.time.Instant;

/**
 * One job of a step: one command (of one scatter combination), as it ran or will run.
 *
 * @param id          unique within the run: {@code step/0}, or {@code step[3]/0} for scatter combination 3
 * @param command     the command after parameter substitution
 * @param externalId  the executor's own id (a local pid, a Slurm job id), null before submission
 */
public record JobRun(String id, String command, RunState state, Integer exitCode, String message, Instant started,
        Instant ended, ResourceUsage usage, String externalId, String host) {

    public static JobRun created(String id, String command) {
        return new JobRun(id, command, RunState.CREATED, null, null, null, null, ResourceUsage.UNKNOWN, null, null);
    }

    public JobRun withState(RunState newState, String newMessage) {
        return new JobRun(id, command, newState, exitCode, newMessage, started, ended, usage, externalId, host);
    }
}
