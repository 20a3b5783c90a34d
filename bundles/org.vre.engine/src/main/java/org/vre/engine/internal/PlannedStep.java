package org.vre.engine.internal;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * A step ready to run: its commands substituted, one command list per scatter combination (a single one without
 * scatter), the steps it waits for and its resource requests.
 */
public record PlannedStep(String name, int index, String environment, String computeBackend, Set<String> dependsOn,
        List<Combination> combinations, Duration timeout, long memoryLimit, String slurmPartition, String slurmTime,
        boolean vomsProxy, boolean rucio) {

    /** One scatter combination ({@code label} is {@code ""} without scatter, else {@code [n]}). */
    public record Combination(String label, List<String> commands) {
    }

    public String jobId(Combination combination, int command) {
        return name + combination.label() + "/" + command;
    }
}
