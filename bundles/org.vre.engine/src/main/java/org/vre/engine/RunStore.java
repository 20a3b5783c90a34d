package org.vre.engine;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.vre.core.VreException;
import org.vre.engine.internal.FileTrees;
import org.vre.engine.internal.Json;
import org.vre.engine.internal.ProvenanceJson;
import org.vre.engine.internal.RunJson;

/**
 * Runs kept on disk, one folder per run: {@code run.json} (the latest snapshot, replaced atomically),
 * {@code workspace/}, {@code logs/} and {@code provenance.json}. Several processes may share a store: run ids are
 * claimed by creating the folder.
 */
public final class RunStore {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,120}");

    private final Path root;

    public RunStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new VreException("cannot create the run store " + root + ": " + e.getMessage());
        }
    }

    public Path root() {
        return root;
    }

    /** Claims the next free id {@code <name>.<n>} and creates its folder. */
    public String allocateId(String name) {
        String base = name.replaceAll("[^A-Za-z0-9_-]", "-");
        if (base.isEmpty() || base.startsWith("-")) {
            base = "run" + base;
        }
        for (int n = 1; n < 1_000_000; n++) {
            Path folder = root.resolve(base + "." + n);
            try {
                Files.createDirectory(folder);
                Files.createDirectories(folder.resolve("workspace"));
                Files.createDirectories(folder.resolve("logs"));
                return base + "." + n;
            } catch (FileAlreadyExistsException e) {
                continue;
            } catch (IOException e) {
                throw new VreException("cannot create a run folder in " + root + ": " + e.getMessage());
            }
        }
        throw new VreException("no free run id for " + name + " in " + root);
    }

    public Path folder(String id) {
        if (!ID.matcher(id).matches() || id.contains("..")) {
            throw new VreException("'" + id + "' is not a run id");
        }
        return root.resolve(id);
    }

    public Path workspace(String id) {
        return folder(id).resolve("workspace");
    }

    public Path logs(String id) {
        return folder(id).resolve("logs");
    }

    public Path cacheRoot() {
        return root.resolve(".cache");
    }

    public void save(Run run) {
        Json.writeAtomically(folder(run.id()).resolve("run.json"), RunJson.toJson(run));
    }

    /** The run as the JSON {@code vre status --json} prints (the same as {@code run.json}). */
    public static String toJson(Run run) {
        try {
            return Json.MAPPER.writeValueAsString(RunJson.toJson(run));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Run> find(String id) {
        Path file = folder(id).resolve("run.json");
        return Files.isRegularFile(file) ? Optional.of(RunJson.fromJson(Json.read(file))) : Optional.empty();
    }

    public Run get(String id) {
        return find(id).orElseThrow(() -> new VreException("no run '" + id + "' in " + root));
    }

    public void saveProvenance(Provenance provenance) {
        Json.writeAtomically(folder(provenance.runId()).resolve("provenance.json"), ProvenanceJson.toJson(provenance));
    }

    public Optional<Provenance> provenance(String id) {
        Path file = folder(id).resolve("provenance.json");
        return Files.isRegularFile(file) ? Optional.of(ProvenanceJson.fromJson(Json.read(file))) : Optional.empty();
    }

    /** All runs, newest first. */
    public List<Run> list() {
        List<Run> runs = new ArrayList<>();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root)) {
            for (Path folder : folders) {
                Path file = folder.resolve("run.json");
                if (Files.isRegularFile(file)) {
                    runs.add(RunJson.fromJson(Json.read(file)));
                }
            }
        } catch (IOException e) {
            throw new VreException("cannot list runs in " + root + ": " + e.getMessage());
        }
        runs.sort(Comparator.comparing(Run::created, Comparator.nullsLast(Comparator.reverseOrder())));
        return runs;
    }

    /** The latest run started from {@code analysisDirectory} (what CLI verbs without a RUN argument mean). */
    public Optional<Run> latestFrom(Path analysisDirectory) {
        Path wanted = analysisDirectory.toAbsolutePath().normalize();
        return list().stream().filter(r -> wanted.equals(r.analysisDirectory())).findFirst();
    }

    /** Deletes a finished run's folder (workspace, logs and record); a live run must be stopped first. */
    public void delete(String id) {
        Run run = get(id);
        if (!run.state().isTerminal()) {
            throw new VreException("run " + id + " is " + run.state().label() + ": stop it before deleting it");
        }
        FileTrees.deleteRecursively(folder(id));
    }

    /**
     * Marks runs whose executing process has died as failed, with the reason; a job process still alive from such a
     * run is killed, so nothing keeps writing into a workspace nobody watches. Called when an application starts.
     *
     * @return the runs that were marked failed
     */
    public List<Run> recoverInterrupted() {
        List<Run> recovered = new ArrayList<>();
        for (Run run : list()) {
            if (run.state().isTerminal() || ownerAlive(run.ownerPid())) {
                continue;
            }
            String reason = "interrupted: the process that ran it (pid " + run.ownerPid() + ") ended before the run did";
            List<StepRun> steps = new ArrayList<>();
            for (StepRun step : run.steps()) {
                List<JobRun> jobs = new ArrayList<>();
                for (JobRun job : step.jobs()) {
                    if (job.state() == RunState.RUNNING || job.state() == RunState.PENDING) {
                        killOrphan(job);
                        jobs.add(job.withState(RunState.FAILED, "the job's process died with the run's process ("
                                + reason + ")"));
                    } else {
                        jobs.add(job);
                    }
                }
                steps.add(step.state().isTerminal() ? step.withJobs(jobs)
                        : step.withJobs(jobs).withState(step.state() == RunState.RUNNING ? RunState.FAILED : step.state(),
                                step.state() == RunState.RUNNING ? reason : step.message()));
            }
            Run failed = run.withSteps(steps).withState(RunState.FAILED, reason)
                    .withTimes(run.started(), Instant.now());
            save(failed);
            recovered.add(failed);
        }
        return recovered;
    }

    private static boolean ownerAlive(long pid) {
        if (pid <= 0) {
            return false;
        }
        if (pid == ProcessHandle.current().pid()) {
            return true;
        }
        return ProcessHandle.of(pid).map(p -> p.isAlive()
                && p.info().command().map(c -> c.contains("java")).orElse(true)).orElse(false);
    }

    /** Kills a local job process left behind, if the pid still names the same process (same start time). */
    private static void killOrphan(JobRun job) {
        if (job.externalId() == null || job.started() == null || !job.externalId().matches("pid:\\d+")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(job.externalId().substring(4))).ifPresent(p -> {
            Optional<Instant> start = p.info().startInstant();
            if (start.isPresent() && Duration.between(start.get(), job.started()).abs().toSeconds() < 5) {
                try (Stream<ProcessHandle> children = p.descendants()) {
                    children.forEach(ProcessHandle::destroyForcibly);
                }
                p.destroyForcibly();
            }
        });
    }
}
