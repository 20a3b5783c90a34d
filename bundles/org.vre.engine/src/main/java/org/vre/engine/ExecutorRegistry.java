package org.vre.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.vre.core.VreException;

/**
 * Executors by backend name, and the mapping from a step's {@code compute_backend} to one of them:
 *
 * <table>
 * <caption>compute_backend to executor</caption>
 * <tr><th>compute_backend</th><th>executor</th></tr>
 * <tr><td>unset, {@code kubernetes}</td><td>the default executor ({@code local} unless configured)</td></tr>
 * <tr><td>{@code slurmcern}</td><td>{@code slurm}</td></tr>
 * <tr><td>{@code htcondorcern}</td><td>{@code htcondor} (none exists yet: a clear error)</td></tr>
 * <tr><td>{@code compute4punch}</td><td>{@code compute4punch} (none exists yet: a clear error)</td></tr>
 * </table>
 */
public final class ExecutorRegistry {

    private final Map<String, Executor> executors = new LinkedHashMap<>();
    private final String defaultName;

    public ExecutorRegistry(String defaultName) {
        this.defaultName = defaultName;
    }

    public synchronized ExecutorRegistry register(Executor executor) {
        executors.put(executor.name(), executor);
        return this;
    }

    public synchronized Set<String> names() {
        return Set.copyOf(executors.keySet());
    }

    public String defaultName() {
        return defaultName;
    }

    /** The executor registered under {@code name}; an unknown name is a user error naming what exists. */
    public synchronized Executor byName(String name) {
        Executor executor = executors.get(name);
        if (executor == null) {
            throw new VreException("no executor '" + name + "' is configured (available: "
                    + String.join(", ", executors.keySet()) + ")");
        }
        return executor;
    }

    /** The executor name a step's {@code compute_backend} maps to. */
    public static String executorNameFor(String computeBackend, String defaultName) {
        if (computeBackend == null || computeBackend.isBlank() || computeBackend.equals("kubernetes")) {
            return defaultName;
        }
        return switch (computeBackend) {
            case "slurmcern" -> "slurm";
            case "htcondorcern" -> "htcondor";
            default -> computeBackend;
        };
    }

    /**
     * The executor for a step: {@code forced} (the run's {@code --backend}) when set, else its compute backend's.
     */
    public synchronized Executor forStep(String computeBackend, String forced) {
        String name = forced != null ? forced : executorNameFor(computeBackend, defaultName);
        Executor executor = executors.get(name);
        if (executor != null) {
            return executor;
        }
        if (name.equals("htcondor")) {
            throw new VreException("compute_backend '" + computeBackend + "': no HTCondor executor configured");
        }
        throw new VreException("compute_backend '" + (forced != null ? forced : computeBackend)
                + "': no executor '" + name + "' configured (available: " + String.join(", ", executors.keySet()) + ")");
    }
}
