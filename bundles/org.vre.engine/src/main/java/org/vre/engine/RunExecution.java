package org.vre.engine;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;

import org.vre.core.Progress;
import org.vre.core.VreException;
import org.vre.core.VreVersion;
import org.vre.engine.internal.ExecutionPlan;
import org.vre.engine.internal.GitCommit;
import org.vre.engine.internal.InputStaging;
import org.vre.engine.internal.OutputCollection;
import org.vre.engine.internal.PlannedStep;
import org.vre.engine.internal.StepCache;
import org.vre.engine.internal.WorkspaceSnapshot;
import org.vre.workflow.WorkflowFile;

/** One run being executed: schedules its steps and jobs, records every change, writes provenance at the end. */
final class RunExecution {

    private final RunEngine engine;
    private final WorkflowFile file;
    private final ExecutionPlan plan;
    private final boolean restart;
    private final Map<String, StepRun> steps = new LinkedHashMap<>();
    private final Set<JobExecution> running = ConcurrentHashMap.newKeySet();
    private final CompletableFuture<Run> done = new CompletableFuture<>();
    private final WorkspaceSnapshot snapshots = new WorkspaceSnapshot();
    private final Path engineLog;
    private Run run;
    private volatile boolean dirty;
    private volatile boolean stopRequested;
    private volatile boolean failed;

    RunExecution(RunEngine engine, Run run, WorkflowFile file, ExecutionPlan plan, boolean restart) {
        this.engine = engine;
        this.run = run;
        this.file = file;
        this.plan = plan;
        this.restart = restart;
        run.steps().forEach(s -> steps.put(s.name(), s));
        this.engineLog = engine.store().logs(run.id()).resolve("engine.log");
    }

    static StepRun createdStep(PlannedStep step, String backend) {
        List<JobRun> jobs = new ArrayList<>();
        for (PlannedStep.Combination c : step.combinations()) {
            for (int k = 0; k < c.commands().size(); k++) {
                jobs.add(JobRun.created(step.jobId(c, k), c.commands().get(k)));
            }
        }
        return new StepRun(step.name(), RunState.CREATED, step.environment(), backend, jobs, false, null);
    }

    String id() {
        return run.id();
    }

    synchronized Run snapshot() {
        return run;
    }

    // ---- recording

    private synchronized Run update(UnaryOperator<Run> change, boolean saveNow) {
        run = change.apply(run.withSteps(new ArrayList<>(steps.values())));
        Run current = run;
        if (saveNow) {
            engine.store().save(current);
            dirty = false;
        } else {
            dirty = true;
        }
        for (RunListener listener : engine.runListeners()) {
            listener.changed(current);
        }
        return current;
    }

    private void updateStep(String name, UnaryOperator<StepRun> change, boolean saveNow) {
        synchronized (this) {
            steps.put(name, change.apply(steps.get(name)));
        }
        update(r -> r, saveNow);
    }

    private void updateJob(String stepName, String jobId, UnaryOperator<JobRun> change) {
        synchronized (this) {
            StepRun step = steps.get(stepName);
            List<JobRun> jobs = new ArrayList<>(step.jobs());
            for (int i = 0; i < jobs.size(); i++) {
                if (jobs.get(i).id().equals(jobId)) {
                    jobs.set(i, change.apply(jobs.get(i)));
                }
            }
            steps.put(stepName, step.withJobs(jobs));
        }
        update(r -> r, false);
    }

    /** Synchronized with {@link #update}, so an older snapshot is never written over a newer one. */
    synchronized void saveIfDirty() {
        if (dirty) {
            dirty = false;
            engine.store().save(run);
        }
    }

    private void log(String jobId, LogListener.Stream stream, String text) {
        if (stream == LogListener.Stream.ENGINE) {
            RunEngine.appendLine(engineLog, Instant.now() + " " + (jobId == null ? "" : "[" + jobId + "] ") + text);
        }
        for (LogListener listener : engine.logListeners()) {
            listener.line(run.id(), jobId, stream, text);
        }
    }

    private final LogListener jobLogs = (runId, jobId, stream, text) -> log(jobId, stream, text);

    // ---- execution

    void run() {
        Instant started = restart && run.started() != null ? run.started() : Instant.now();
        List<Provenance.FileRecord> inputs = new ArrayList<>();
        try {
            update(r -> r.withState(RunState.PENDING, restart ? r.message() : "staging inputs").withTimes(started, null),
                    true);
            if (restart) {
                log(null, LogListener.Stream.ENGINE, "attempt " + run.attempt() + ": " + run.message());
                inputs.addAll(engine.store().provenance(run.id()).map(Provenance::inputs).orElse(List.of()));
            } else {
                inputs.addAll(new InputStaging(engine.settings().didFetcher()).stage(file.specification().getInputs(),
                        file.source(), run.analysisDirectory(), run.workspace(), Progress.NONE));
                log(null, LogListener.Stream.ENGINE, "staged " + inputs.size() + " input file(s)");
            }
            update(r -> r.withState(RunState.RUNNING, null), true);
            schedule();
        } catch (VreException e) {
            failed = true;
            log(null, LogListener.Stream.ENGINE, "error: " + e.getMessage());
            update(r -> r.withState(RunState.FAILED, e.getMessage()), true);
        } catch (RuntimeException e) {
            failed = true;
            log(null, LogListener.Stream.ENGINE, "internal error: " + e);
            update(r -> r.withState(RunState.FAILED, "internal error: " + e), true);
        }
        finish(started, inputs);
    }

    private void finish(Instant started, List<Provenance.FileRecord> inputs) {
        RunState end;
        String message;
        synchronized (this) {
            if (stopRequested) {
                end = RunState.STOPPED;
                message = "stopped by the user";
            } else if (failed || run.state() == RunState.FAILED) {
                end = RunState.FAILED;
                message = run.state() == RunState.FAILED && run.message() != null ? run.message() : firstFailure();
            } else {
                end = RunState.FINISHED;
                message = null;
            }
        }
        Instant ended = Instant.now();
        List<Provenance.FileRecord> outputs = List.of();
        try {
            outputs = OutputCollection.collect(file.specification().getOutputs(), run.workspace(),
                    line -> log(null, LogListener.Stream.ENGINE, line));
        } catch (VreException e) {
            log(null, LogListener.Stream.ENGINE, "outputs: " + e.getMessage());
        }
        try {
            engine.store().saveProvenance(provenance(started, ended, inputs, outputs));
        } catch (RuntimeException e) {
            log(null, LogListener.Stream.ENGINE, "cannot write provenance: " + e.getMessage());
        }
        log(null, LogListener.Stream.ENGINE, "run " + end.label() + (message == null ? "" : ": " + message));
        Run last = update(r -> r.withState(end, message).withTimes(started, ended), true);
        engine.ended(run.id()); // before waiters wake, so they may restart it at once
        done.complete(last);
    }

    private String firstFailure() {
        for (StepRun step : steps.values()) {
            if (step.state() == RunState.FAILED) {
                return "step " + step.name() + " failed" + (step.message() == null ? "" : ": " + step.message());
            }
        }
        return "failed";
    }

    /** Runs steps as their dependencies finish, at most {@code parallelism} jobs at a time. */
    private void schedule() {
        Map<String, String> options = plan.options();
        String from = run.options().from() != null ? run.options().from() : options.get("FROM");
        String target = run.options().target() != null ? run.options().target() : options.get("TARGET");
        boolean cache = run.options().cache() != null ? run.options().cache()
                : !"off".equalsIgnoreCase(options.getOrDefault("CACHE", "on"));
        int fromIndex = from == null ? 0 : plan.step(from).index();
        int targetIndex = target == null ? Integer.MAX_VALUE : plan.step(target).index();
        Set<String> satisfied = new HashSet<>();
        List<PlannedStep> pending = new ArrayList<>();
        for (PlannedStep step : plan.steps()) {
            if (step.index() < fromIndex || step.index() > targetIndex) {
                satisfied.add(step.name());
                if (!restart || step.index() > targetIndex) {
                    String why = step.index() < fromIndex ? "skipped: before FROM=" + from
                            : "skipped: after TARGET=" + target;
                    updateStep(step.name(), s -> s.withJobs(List.of()).withState(RunState.CREATED, why), false);
                }
            } else {
                pending.add(step);
            }
        }
        ExecutorService jobs = Executors.newFixedThreadPool(run.options().parallelism(), r -> {
            Thread t = new Thread(r, "vre-job-" + run.id());
            t.setDaemon(true);
            return t;
        });
        ExecutorService stepThreads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "vre-step-" + run.id());
            t.setDaemon(true);
            return t;
        });
        LinkedBlockingQueue<String> completed = new LinkedBlockingQueue<>();
        StepCache stepCache = cache ? new StepCache(engine.store().cacheRoot()) : null;
        Set<String> started = new LinkedHashSet<>();
        try {
            while (true) {
                if (!failed && !stopRequested) {
                    for (PlannedStep step : pending) {
                        if (!started.contains(step.name()) && satisfied.containsAll(step.dependsOn())) {
                            started.add(step.name());
                            stepThreads.execute(() -> {
                                try {
                                    runStep(step, jobs, stepCache);
                                } catch (RuntimeException e) {
                                    failed = true;
                                    updateStep(step.name(), s -> s.withState(RunState.FAILED, e.getMessage()), true);
                                } finally {
                                    completed.add(step.name());
                                }
                            });
                        }
                    }
                }
                long inFlight = started.stream().filter(n -> !satisfied.contains(n)).count();
                if (inFlight == 0) {
                    break;
                }
                String name = completed.take();
                if (steps.get(name).state() == RunState.FINISHED) {
                    satisfied.add(name);
                } else {
                    satisfied.add(name); // counted as done for the loop; failure stops new work
                    if (!stopRequested) {
                        failed = true;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopRequested = true;
        } finally {
            jobs.shutdownNow();
            stepThreads.shutdownNow();
        }
    }

    private void runStep(PlannedStep step, ExecutorService jobs, StepCache cache) {
        Executor executor = engine.executors().forStep(step.computeBackend(), run.options().backend());
        String key = null;
        Map<String, String> before = null;
        if (cache != null) {
            before = snapshots.take(run.workspace());
            key = StepCache.key(step, before);
            if (cache.restore(key, run.workspace())) {
                log(step.name(), LogListener.Stream.ENGINE, "step " + step.name() + ": results taken from the cache");
                updateStep(step.name(), s -> {
                    List<JobRun> cached = s.jobs().stream().map(j -> j.withState(RunState.FINISHED, "cached")).toList();
                    return s.withJobs(cached).withCached(true).withState(RunState.FINISHED, "cached");
                }, true);
                return;
            }
        }
        // not saved at once: the engine's saver writes it within 200 ms (a step's end is saved at once)
        updateStep(step.name(), s -> s.withState(RunState.RUNNING, null).withCached(false), false);
        Map<String, String> env = jobEnvironment(step);
        List<CompletableFuture<RunState>> combos = new ArrayList<>();
        for (PlannedStep.Combination combination : step.combinations()) {
            combos.add(CompletableFuture.supplyAsync(() -> runCombination(step, combination, executor, env), jobs));
        }
        RunState result = RunState.FINISHED;
        String message = null;
        for (CompletableFuture<RunState> combo : combos) {
            RunState state;
            try {
                state = combo.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                state = RunState.STOPPED;
            } catch (ExecutionException e) {
                state = RunState.FAILED;
                message = e.getCause().getMessage();
            }
            if (state == RunState.STOPPED && result == RunState.FINISHED) {
                result = RunState.STOPPED;
            } else if (state == RunState.FAILED) {
                result = RunState.FAILED;
            }
        }
        if (result == RunState.FAILED && message == null) {
            message = steps.get(step.name()).jobs().stream().filter(j -> j.state() == RunState.FAILED)
                    .map(j -> "job " + j.id() + ": " + j.message()).findFirst().orElse("a job failed");
        }
        if (result == RunState.FINISHED && cache != null) {
            cache.store(key, run.workspace(), before, snapshots.take(run.workspace()));
        }
        RunState end = result;
        String why = message;
        updateStep(step.name(), s -> s.withState(end, why), true);
    }

    /** The commands of one combination, in order; the first failure stops it (and the run). */
    private RunState runCombination(PlannedStep step, PlannedStep.Combination combination, Executor executor,
            Map<String, String> env) {
        for (int k = 0; k < combination.commands().size(); k++) {
            String jobId = step.jobId(combination, k);
            if (stopRequested) {
                return RunState.STOPPED;
            }
            if (failed) {
                return RunState.FAILED;
            }
            JobRequest request = new JobRequest(run.id(), jobId, combination.commands().get(k), run.workspace(),
                    step.environment(), env, step.timeout(), step.memoryLimit(), engine.store().logs(run.id()),
                    step.slurmPartition(), step.slurmTime());
            updateJob(step.name(), jobId, j -> new JobRun(j.id(), j.command(), RunState.PENDING, null, null,
                    Instant.now(), null, ResourceUsage.UNKNOWN, null, null));
            JobOutcome outcome;
            JobExecution execution = null;
            try {
                execution = executor.start(request, jobLogs);
                running.add(execution);
                String externalId = execution.externalId();
                updateJob(step.name(), jobId, j -> new JobRun(j.id(), j.command(), RunState.RUNNING, null, null,
                        j.started(), null, j.usage(), externalId, null));
                execution.onStateChange((state, reason) -> updateJob(step.name(), jobId,
                        j -> j.state().isTerminal() ? j : j.withState(state, reason)));
                if (stopRequested) {
                    execution.stop();
                }
                outcome = execution.await();
            } catch (VreException e) {
                outcome = new JobOutcome(RunState.FAILED, null, e.getMessage(), ResourceUsage.UNKNOWN, null, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (execution != null) {
                    execution.stop();
                }
                outcome = new JobOutcome(RunState.STOPPED, null, "stopped", ResourceUsage.UNKNOWN, null, null);
            } finally {
                if (execution != null) {
                    running.remove(execution);
                }
            }
            JobOutcome o = outcome;
            updateJob(step.name(), jobId, j -> new JobRun(j.id(), j.command(), o.state(), o.exitCode(), o.message(),
                    j.started(), Instant.now(), o.usage(), o.externalId() != null ? o.externalId() : j.externalId(),
                    o.host()));
            if (o.state() != RunState.FINISHED) {
                log(jobId, LogListener.Stream.ENGINE, "job " + jobId + " " + o.state().label()
                        + (o.message() == null ? "" : ": " + o.message()));
                if (o.state() == RunState.FAILED) {
                    failed = true;
                }
                return o.state();
            }
        }
        return RunState.FINISHED;
    }

    /** What every job of the step gets: the lake, the run, and the credentials the step asks for. */
    private Map<String, String> jobEnvironment(PlannedStep step) {
        Map<String, String> env = new HashMap<>(engine.settings().jobEnvironment());
        env.put("VRE_RUN_ID", run.id());
        env.put("VRE_STEP", step.name());
        env.put("VRE_WORKSPACE", run.workspace().toString());
        Map<String, String> user = engine.settings().userEnvironment();
        if (step.vomsProxy()) {
            String proxy = user.get("X509_USER_PROXY");
            if (proxy == null) {
                Path defaultProxy = Path.of("/tmp/x509up_u" + uid());
                proxy = Files.isRegularFile(defaultProxy) ? defaultProxy.toString() : null;
            }
            for (String name : List.of("X509_USER_CERT", "X509_USER_KEY", "X509_CERT_DIR", "X509_VOMS_DIR")) {
                if (user.get(name) != null) {
                    env.put(name, user.get(name));
                }
            }
            if (proxy != null) {
                env.put("X509_USER_PROXY", proxy);
            }
            log(step.name(), LogListener.Stream.ENGINE, "voms_proxy: passing through "
                    + (proxy == null ? "no proxy (none in X509_USER_PROXY or /tmp/x509up_u" + uid() + ")"
                            : "X509_USER_PROXY=" + proxy)
                    + " from your environment (until the authentication service provides credentials)");
        }
        if (step.rucio()) {
            List<String> passed = new ArrayList<>();
            for (Map.Entry<String, String> e : user.entrySet()) {
                if (e.getKey().startsWith("RUCIO_") || e.getKey().equals("BEARER_TOKEN_FILE")
                        || e.getKey().equals("BEARER_TOKEN") || e.getKey().equals("VRE_ACCOUNT")) {
                    env.putIfAbsent(e.getKey(), e.getValue());
                    passed.add(e.getKey());
                }
            }
            log(step.name(), LogListener.Stream.ENGINE, "rucio: the job uses the lake "
                    + env.getOrDefault("VRE_LAKE", "(default ~/.vre/lake)") + (passed.isEmpty() ? ""
                            : " and " + String.join(", ", passed.stream().sorted().toList()))
                    + " from your environment (until the authentication service provides tokens)");
        }
        return env;
    }

    private static String uid() {
        try {
            return Files.getAttribute(Path.of("/proc/self"), "unix:uid").toString();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "0";
        }
    }

    private Provenance provenance(Instant started, Instant ended, List<Provenance.FileRecord> inputs,
            List<Provenance.FileRecord> outputs) {
        String text;
        try {
            text = Files.readString(run.specificationFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            text = file.toText();
        }
        List<String> images = plan.steps().stream().map(PlannedStep::environment).filter(e -> e != null).distinct()
                .toList();
        Set<String> executorNames = new LinkedHashSet<>();
        steps.values().forEach(s -> executorNames.add(s.backend()));
        List<String> executors = executorNames.stream().filter(n -> n != null)
                .map(n -> engine.executors().byName(n).describe()).toList();
        GitCommit git = GitCommit.of(run.analysisDirectory());
        return new Provenance(run.id(), run.specificationFile().toString(),
                org.vre.engine.internal.FileChecksums.sha256(text), text, plan.parameters(), inputs, images, executors,
                hostName(), VreVersion.get(), git.commit(), git.dirty(), started, ended, outputs);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    void stop() {
        stopRequested = true;
        for (JobExecution execution : running) {
            execution.stop();
        }
    }

    Run await(Duration timeout) throws InterruptedException, TimeoutException {
        try {
            return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
