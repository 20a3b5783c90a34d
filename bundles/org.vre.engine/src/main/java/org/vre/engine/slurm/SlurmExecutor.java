package org.vre.engine.slurm;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.vre.core.VreException;
import org.vre.engine.Executor;
import org.vre.engine.JobExecution;
import org.vre.engine.JobRequest;
import org.vre.engine.LogListener;

/**
 * Runs each job as a Slurm batch job: {@code sbatch} with the step's partition, time and memory, its state followed
 * with {@code scontrol show job} (Slurm has no event stream a client can subscribe to, so one poller asks for every
 * active job each interval), its log files followed as they grow, {@code scancel} on stop. The commands go through a
 * {@link ClusterShell}: this host ({@link LocalShell}) or a login node over SSH; {@link Staging} moves the workspace
 * there and back when the cluster does not share this host's folders.
 */
public final class SlurmExecutor implements Executor, AutoCloseable {

    private final ClusterShell shell;
    private final Staging staging;
    private final String toolsDirectory;
    private final Set<SlurmJob> active = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller;

    /**
     * @param shell          where sbatch, scontrol and scancel run
     * @param staging        how the workspace reaches the cluster ({@link Staging#SAME_HOST} on this host)
     * @param toolsDirectory the folder holding {@code vre} and {@code rucio} on the cluster side (null: the PATH)
     * @param pollInterval   how often the job states and logs are read
     */
    public SlurmExecutor(ClusterShell shell, Staging staging, String toolsDirectory, Duration pollInterval) {
        this.shell = shell;
        this.staging = staging;
        this.toolsDirectory = toolsDirectory;
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vre-slurm-poller");
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(10, pollInterval.toMillis());
        poller.scheduleWithFixedDelay(this::pollAll, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Slurm on this host when it can submit ({@code sbatch} on the PATH), polling every 200 ms; empty otherwise, so
     * front ends offer {@code slurm} only where it can work.
     */
    public static java.util.Optional<SlurmExecutor> onThisHost(String toolsDirectory) {
        String path = System.getenv("PATH");
        boolean canSubmit = path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir.isEmpty() ? "." : dir, "sbatch")));
        return canSubmit ? java.util.Optional.of(new SlurmExecutor(new LocalShell(java.util.Map.of()), Staging.SAME_HOST,
                toolsDirectory, Duration.ofMillis(200))) : java.util.Optional.empty();
    }

    @Override
    public String name() {
        return "slurm";
    }

    @Override
    public String describe() {
        return "slurm via " + shell.describe();
    }

    @Override
    public JobExecution start(JobRequest request, LogListener logs) {
        if (request.environment() != null && !request.environment().isBlank()) {
            logs.line(request.runId(), request.jobId(), LogListener.Stream.ENGINE, "note: running on the Slurm node's"
                    + " own system, not in " + request.environment() + " (the slurm executor does not start containers)");
        }
        Staging.Placement placement = staging.before(request);
        String script = JobScript.script(request, placement, toolsDirectory);
        String command = JobScript.sbatch(request, placement);
        ClusterShell.Result submitted = shell.run(command,
                new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), null);
        if (!submitted.ok()) {
            throw new VreException("sbatch refused job " + request.jobId() + " (" + shell.describe() + "): "
                    + submitted.problem());
        }
        String id = submitted.out().strip();
        int semicolon = id.indexOf(';'); // --parsable prints "id;cluster" on federated clusters
        if (semicolon >= 0) {
            id = id.substring(0, semicolon);
        }
        if (!id.matches("\\d+")) {
            throw new VreException("sbatch answered '" + submitted.out().strip() + "' for job " + request.jobId()
                    + ", not a job id");
        }
        logs.line(request.runId(), request.jobId(), LogListener.Stream.ENGINE,
                "submitted to slurm as job " + id + " (" + shell.describe() + ")");
        SlurmJob job = new SlurmJob(id, request, placement, shell, staging, logs, active::remove);
        active.add(job);
        return job;
    }

    private void pollAll() {
        for (SlurmJob job : active) {
            try {
                job.poll();
            } catch (RuntimeException e) {
                // one job's trouble must not stop the others' polling; its own poll reports it
            }
        }
    }

    /** Jobs submitted and not yet ended (for tests). */
    public int activeJobs() {
        return active.size();
    }

    /** Cancels jobs still running, stops polling and closes the shell. */
    @Override
    public void close() {
        for (SlurmJob job : active) {
            job.stop();
        }
        poller.shutdownNow();
        shell.close();
    }
}
