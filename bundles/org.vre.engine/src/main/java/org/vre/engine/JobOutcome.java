package org.vre.engine;

/**
 * How a job ended: {@link RunState#FINISHED}, {@link RunState#FAILED} or {@link RunState#STOPPED}, with the exit
 * code when there is one and a message saying why it failed ("killed: out of memory (limit 256Mi, peak 301Mi)").
 */
public record JobOutcome(RunState state, Integer exitCode, String message, ResourceUsage usage, String externalId,
        String host) {
}
