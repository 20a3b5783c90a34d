package org.vre.engine;

import java.util.Map;

/**
 * What the user chose when starting a run: parameter overrides ({@code -p k=v}), REANA's operational options
 * ({@code FROM}, {@code TARGET}, {@code CACHE=off}; null means "as the specification says"), the executor
 * backend to force (null: each step's {@code compute_backend}) and how many jobs may run at once.
 */
public record RunOptions(Map<String, String> parameters, String from, String target, Boolean cache, String backend,
        int parallelism) {

    public RunOptions {
        parameters = Map.copyOf(parameters);
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
    }

    public static RunOptions defaults() {
        return new RunOptions(Map.of(), null, null, null, null, Runtime.getRuntime().availableProcessors());
    }

    public RunOptions withParameters(Map<String, String> values) {
        return new RunOptions(values, from, target, cache, backend, parallelism);
    }

    public RunOptions withFrom(String step) {
        return new RunOptions(parameters, step, target, cache, backend, parallelism);
    }

    public RunOptions withTarget(String step) {
        return new RunOptions(parameters, from, step, cache, backend, parallelism);
    }

    public RunOptions withCache(Boolean enabled) {
        return new RunOptions(parameters, from, target, enabled, backend, parallelism);
    }

    public RunOptions withBackend(String name) {
        return new RunOptions(parameters, from, target, cache, name, parallelism);
    }

    public RunOptions withParallelism(int jobs) {
        return new RunOptions(parameters, from, target, cache, backend, jobs);
    }
}
