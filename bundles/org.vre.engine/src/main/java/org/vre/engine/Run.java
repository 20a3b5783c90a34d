package org.vre.engine;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A snapshot of one run: what was asked, where it runs and how far it got. Immutable; the engine publishes a new
 * snapshot on every change (listeners and the run store receive it).
 *
 * @param analysisDirectory the folder the run was started from (where {@code reana.yaml} lives)
 * @param ownerPid          the process that executes the run (a run whose owner died is marked failed)
 * @param attempt           1, then +1 for every restart in the same workspace
 */
public record Run(String id, String name, Path analysisDirectory, Path specificationFile, Path workspace,
        RunState state, String message, Instant created, Instant started, Instant ended, Map<String, String> parameters,
        RunOptions options, List<StepRun> steps, long ownerPid, int attempt) {

    public Run {
        parameters = Map.copyOf(parameters);
        steps = List.copyOf(steps);
    }

    /** Jobs finished (or taken from the cache) over all jobs planned. */
    public Progress progress() {
        int total = 0;
        int done = 0;
        for (StepRun step : steps) {
            for (JobRun job : step.jobs()) {
                total++;
                if (job.state() == RunState.FINISHED) {
                    done++;
                }
            }
        }
        return new Progress(done, total);
    }

    public StepRun step(String stepName) {
        return steps.stream().filter(s -> s.name().equals(stepName)).findFirst()
                .orElseThrow(() -> new org.vre.core.VreException("run " + id + " has no step '" + stepName + "'"));
    }

    public Run withState(RunState newState, String newMessage) {
        return new Run(id, name, analysisDirectory, specificationFile, workspace, newState, newMessage, created, started,
                ended, parameters, options, steps, ownerPid, attempt);
    }

    public Run withTimes(Instant newStarted, Instant newEnded) {
        return new Run(id, name, analysisDirectory, specificationFile, workspace, state, message, created, newStarted,
                newEnded, parameters, options, steps, ownerPid, attempt);
    }

    public Run withSteps(List<StepRun> newSteps) {
        return new Run(id, name, analysisDirectory, specificationFile, workspace, state, message, created, started,
                ended, parameters, options, newSteps, ownerPid, attempt);
    }

    public Run withOwner(long pid, int newAttempt, RunOptions newOptions) {
        return new Run(id, name, analysisDirectory, specificationFile, workspace, state, message, created, started,
                ended, parameters, newOptions, steps, pid, newAttempt);
    }

    /** Jobs done over jobs planned. */
    public record Progress(int done, int total) {
        @Override
        public String toString() {
            return done + "/" + total;
        }
    }
}
