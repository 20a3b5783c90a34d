package org.vre.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.vre.core.VreException;
import org.vre.engine.internal.ExecutionPlan;
import org.vre.engine.internal.PlannedStep;
import org.vre.workflow.WorkflowFile;
import org.vre.workflow.validation.Diagnostic;
import org.vre.workflow.validation.SpecificationValidator;
import org.vre.workflow.validation.ValidationOptions;

/**
 * Starts, follows, stops and restarts runs of {@code reana.yaml} workflows. Every change of a run is saved in the
 * {@link RunStore} and told to the listeners; jobs go to the executor their step's {@code compute_backend} maps to.
 */
public final class RunEngine implements AutoCloseable {

    private final RunStore store;
    private final ExecutorRegistry executors;
    private final EngineSettings settings;
    private final List<RunListener> runListeners = new CopyOnWriteArrayList<>();
    private final List<LogListener> logListeners = new CopyOnWriteArrayList<>();
    private final Map<String, RunExecution> active = new ConcurrentHashMap<>();
    private final ScheduledExecutorService saver;

    public RunEngine(RunStore store, ExecutorRegistry executors, EngineSettings settings) {
        this.store = store;
        this.executors = executors;
        this.settings = settings;
        this.saver = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vre-run-saver");
            t.setDaemon(true);
            return t;
        });
        saver.scheduleWithFixedDelay(this::saveDirty, 200, 200, TimeUnit.MILLISECONDS);
    }

    public RunStore store() {
        return store;
    }

    public ExecutorRegistry executors() {
        return executors;
    }

    public void addRunListener(RunListener listener) {
        runListeners.add(listener);
    }

    public void addLogListener(LogListener listener) {
        logListeners.add(listener);
    }

    public void removeLogListener(LogListener listener) {
        logListeners.remove(listener);
    }

    /**
     * Validates and plans the specification, creates the run (state {@code queued}) and starts it in the background.
     * A specification with errors, an undefined parameter or an unknown FROM/TARGET step creates nothing.
     */
    public Run start(Path specificationFile, RunOptions options) {
        Path specFile = specificationFile.toAbsolutePath().normalize();
        WorkflowFile file = load(specFile);
        ExecutionPlan plan = ExecutionPlan.of(file.specification(), specFile.toString(), options.parameters());
        checkStep(plan, options.from() != null ? options.from() : plan.options().get("FROM"), "FROM");
        checkStep(plan, options.target() != null ? options.target() : plan.options().get("TARGET"), "TARGET");
        for (PlannedStep step : plan.steps()) {
            executors.forStep(step.computeBackend(), options.backend());
        }
        Path analysis = specFile.getParent();
        String id = store.allocateId(analysis.getFileName() == null ? "run" : analysis.getFileName().toString());
        List<StepRun> steps = new ArrayList<>();
        for (PlannedStep step : plan.steps()) {
            steps.add(RunExecution.createdStep(step, executorName(step, options)));
        }
        Run run = new Run(id, analysis.getFileName() == null ? id : analysis.getFileName().toString(), analysis, specFile,
                store.workspace(id), RunState.QUEUED, null, Instant.now(), null, null, plan.parameters(), options, steps,
                ProcessHandle.current().pid(), 1);
        store.save(run);
        launch(new RunExecution(this, run, file, plan, false));
        return run;
    }

    /**
     * Runs a finished, failed or stopped run again in the same workspace, from {@code fromStep} (null: the first
     * step that did not finish). Steps before it keep their results and must have finished.
     */
    public Run restart(String runId, String fromStep) {
        if (active.containsKey(runId)) {
            throw new VreException("run " + runId + " is still running: stop it first");
        }
        Run old = store.get(runId);
        if (!old.state().isTerminal() || old.state() == RunState.DELETED) {
            throw new VreException("run " + runId + " is " + old.state().label() + ": only a finished, failed or"
                    + " stopped run can be restarted");
        }
        WorkflowFile file = load(old.specificationFile());
        ExecutionPlan plan = ExecutionPlan.of(file.specification(), old.specificationFile().toString(),
                old.options().parameters());
        String from = fromStep;
        if (from == null) {
            from = old.steps().stream().filter(s -> s.state() != RunState.FINISHED && !s.jobs().isEmpty())
                    .map(StepRun::name).findFirst()
                    .orElseThrow(() -> new VreException("run " + runId + " has no failed step: give --from STEP"));
        }
        PlannedStep restartAt = plan.step(from);
        for (StepRun s : old.steps()) {
            Optional<PlannedStep> planned = plan.steps().stream().filter(p -> p.name().equals(s.name())).findFirst();
            if (planned.isPresent() && planned.get().index() < restartAt.index() && s.state() != RunState.FINISHED
                    && !s.jobs().isEmpty()) {
                throw new VreException("run " + runId + ": step '" + s.name() + "' before '" + from + "' did not finish ("
                        + s.state().label() + "): restart from it or from an earlier step");
            }
        }
        List<StepRun> steps = new ArrayList<>();
        for (PlannedStep step : plan.steps()) {
            Optional<StepRun> previous = old.steps().stream().filter(s -> s.name().equals(step.name())).findFirst();
            steps.add(step.index() < restartAt.index() && previous.isPresent() ? previous.get()
                    : RunExecution.createdStep(step, executorName(step, old.options())));
        }
        RunOptions options = old.options().withFrom(from);
        Run run = old.withSteps(steps).withOwner(ProcessHandle.current().pid(), old.attempt() + 1, options)
                .withState(RunState.QUEUED, "restarted from step " + from).withTimes(old.started(), null);
        store.save(run);
        launch(new RunExecution(this, run, file, plan, true));
        return run;
    }

    private String executorName(PlannedStep step, RunOptions options) {
        return executors.forStep(step.computeBackend(), options.backend()).name();
    }

    private static void checkStep(ExecutionPlan plan, String step, String option) {
        if (step != null) {
            try {
                plan.step(step);
            } catch (VreException e) {
                throw new VreException(option + "=" + step + ": " + e.getMessage());
            }
        }
    }

    private static WorkflowFile load(Path specFile) {
        if (!Files.isRegularFile(specFile)) {
            throw new VreException(specFile + ": no such workflow file");
        }
        List<Diagnostic> errors = new SpecificationValidator().validate(specFile, new ValidationOptions(
                ValidationOptions.REANA_BACKENDS, false)).stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            StringBuilder message = new StringBuilder("the workflow is not valid:");
            errors.stream().limit(5).forEach(d -> message.append("\n  ").append(d.format()));
            throw new VreException(message.toString());
        }
        return WorkflowFile.load(specFile);
    }

    private void launch(RunExecution execution) {
        active.put(execution.id(), execution);
        Thread thread = new Thread(() -> {
            try {
                execution.run();
            } finally {
                active.remove(execution.id());
            }
        }, "vre-run-" + execution.id());
        thread.start();
    }

    /** Waits for a run of this engine to end and returns its final snapshot. */
    public Run await(String runId, Duration timeout) throws InterruptedException, TimeoutException {
        RunExecution execution = active.get(runId);
        if (execution == null) {
            return store.get(runId);
        }
        return execution.await(timeout);
    }

    /** Stops a run: its running jobs are killed (or cancelled on the batch system) and it ends {@code stopped}. */
    public void stop(String runId) {
        RunExecution execution = active.get(runId);
        if (execution != null) {
            execution.stop();
            return;
        }
        Run run = store.get(runId);
        if (run.state().isTerminal()) {
            throw new VreException("run " + runId + " is already " + run.state().label());
        }
        // run by another process (vre run in another terminal): ask it to stop; it records the stop itself
        ProcessHandle.of(run.ownerPid()).ifPresentOrElse(ProcessHandle::destroy,
                () -> store.recoverInterrupted());
    }

    /** The run as this engine knows it now (live for active runs, else from the store). */
    public Run get(String runId) {
        RunExecution execution = active.get(runId);
        return execution != null ? execution.snapshot() : store.get(runId);
    }

    void ended(String runId) {
        active.remove(runId);
    }

    List<RunListener> runListeners() {
        return runListeners;
    }

    List<LogListener> logListeners() {
        return logListeners;
    }

    EngineSettings settings() {
        return settings;
    }

    private void saveDirty() {
        for (RunExecution execution : active.values()) {
            try {
                execution.saveIfDirty();
            } catch (RuntimeException e) {
                // the next round retries; the final state is saved synchronously
            }
        }
    }

    /** Stops every active run (a server or desktop shutting down) and waits for them to record it. */
    @Override
    public void close() {
        for (RunExecution execution : active.values()) {
            execution.stop();
        }
        for (RunExecution execution : active.values()) {
            try {
                execution.await(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (TimeoutException e) {
                // leave it: the next start marks it failed
            }
        }
        saver.shutdownNow();
    }

    static void appendLine(Path file, String line) {
        try {
            Files.writeString(file, line + "\n", java.nio.charset.StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the engine log is a convenience; the run record carries the state
        }
    }
}
