package org.vre.engine.slurm;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import org.vre.core.VreException;
import org.vre.engine.JobExecution;
import org.vre.engine.JobOutcome;
import org.vre.engine.JobRequest;
import org.vre.engine.LogListener;
import org.vre.engine.ResourceUsage;
import org.vre.engine.RunState;

/**
 * One batch job: the executor's poller asks Slurm for its state ({@code scontrol show job}) and follows its log
 * files; when Slurm says it ended, {@link #await()} collects the last log lines, the files it wrote and its usage.
 */
final class SlurmJob implements JobExecution {

    /** Polls that may fail in a row (a dropped SSH session, a busy controller) before the job is given up. */
    private static final int MAX_FAILED_POLLS = 40;

    private final String slurmId;
    private final JobRequest request;
    private final Staging.Placement placement;
    private final ClusterShell shell;
    private final Staging staging;
    private final LogListener logs;
    private final Consumer<SlurmJob> onEnd;
    private final LogFollower stdout;
    private final LogFollower stderr;
    private final CompletableFuture<SlurmJobInfo> ended = new CompletableFuture<>();
    private final long submitNanos = System.nanoTime();
    private volatile RunState state = RunState.PENDING;
    private volatile String reason;
    private volatile StateListener stateListener;
    private volatile boolean stopped;
    private int failedPolls;

    SlurmJob(String slurmId, JobRequest request, Staging.Placement placement, ClusterShell shell, Staging staging,
            LogListener logs, Consumer<SlurmJob> onEnd) {
        this.slurmId = slurmId;
        this.request = request;
        this.placement = placement;
        this.shell = shell;
        this.staging = staging;
        this.logs = logs;
        this.onEnd = onEnd;
        this.stdout = new LogFollower(shell, JobScript.stdoutFile(placement, request), request.stdoutFile(), request,
                LogListener.Stream.STDOUT, logs);
        this.stderr = new LogFollower(shell, JobScript.stderrFile(placement, request), request.stderrFile(), request,
                LogListener.Stream.STDERR, logs);
    }

    @Override
    public String externalId() {
        return "slurm:" + slurmId;
    }

    String slurmId() {
        return slurmId;
    }

    /** Called by the executor's poller. */
    void poll() {
        if (ended.isDone()) {
            return;
        }
        ClusterShell.Result shown;
        try {
            shown = shell.run("scontrol show job -o " + slurmId);
        } catch (VreException e) {
            shown = new ClusterShell.Result(255, "", e.getMessage());
        }
        if (!shown.ok() || shown.out().isBlank()) {
            if (shown.problem().contains("Invalid job id")) {
                ended.complete(SlurmJobInfo.parse("JobId=" + slurmId + " JobState=LOST Reason=unknown_to_slurm"));
            } else if (++failedPolls >= MAX_FAILED_POLLS) {
                ended.completeExceptionally(new VreException("cannot follow Slurm job " + slurmId + " ("
                        + shell.describe() + "): " + shown.problem()));
            }
            return;
        }
        failedPolls = 0;
        SlurmJobInfo info = SlurmJobInfo.parse(shown.out().lines().findFirst().orElse(""));
        if (!info.isTerminal()) {
            changeState(info.state(), info.reason(), info); // before its lines: listeners see it running first
        }
        if (info.state() == RunState.RUNNING || info.isTerminal()) {
            stdout.poll();
            stderr.poll();
        }
        if (info.isTerminal()) {
            ended.complete(info);
        }
    }

    private void changeState(RunState now, String why, SlurmJobInfo info) {
        if (now == state && java.util.Objects.equals(why, reason)) {
            return;
        }
        state = now;
        reason = why;
        logs.line(request.runId(), request.jobId(), LogListener.Stream.ENGINE, "slurm job " + slurmId + " "
                + info.slurmState() + (why == null ? "" : " (" + why + ")")
                + (now == RunState.RUNNING && info.node() != null ? " on " + info.node() : ""));
        StateListener listener = stateListener;
        if (listener != null) {
            listener.changed(now, why);
        }
    }

    @Override
    public void onStateChange(StateListener listener) {
        stateListener = listener;
        listener.changed(state, reason);
    }

    @Override
    public void stop() {
        stopped = true;
        if (ended.isDone()) {
            return;
        }
        ClusterShell.Result cancelled = shell.run("scancel " + slurmId);
        if (!cancelled.ok()) {
            logs.line(request.runId(), request.jobId(), LogListener.Stream.ENGINE,
                    "scancel " + slurmId + " failed: " + cancelled.problem());
        }
    }

    @Override
    public JobOutcome await() throws InterruptedException {
        SlurmJobInfo info;
        try {
            info = ended.get();
        } catch (ExecutionException e) {
            onEnd.accept(this);
            return new JobOutcome(RunState.FAILED, null, e.getCause().getMessage(), ResourceUsage.UNKNOWN,
                    externalId(), null);
        }
        onEnd.accept(this);
        String problem = null;
        try {
            stdout.finish();
            stderr.finish();
            staging.after(request, placement);
        } catch (VreException e) {
            problem = e.getMessage();
        }
        ResourceUsage usage = UsageReport.parse(shell.readFrom(JobScript.usageFile(placement, request), 0),
                wallFromSlurm(info));
        if (staging == Staging.SAME_HOST) {
            try {
                java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(JobScript.usageFile(placement, request)));
            } catch (java.io.IOException e) {
                // the report stays next to the logs
            }
        }
        String host = info.node();
        Integer exit = info.exitCode();
        String slurmState = info.slurmState();
        if (slurmState.equals("CANCELLED") && stopped) {
            return new JobOutcome(RunState.STOPPED, exit, "stopped by the user (scancel " + slurmId + ")", usage,
                    externalId(), host);
        }
        if (slurmState.equals("LOST")) {
            return new JobOutcome(RunState.FAILED, null, "Slurm no longer knows job " + slurmId
                    + " (it ended more than MinJobAge ago or the controller lost it)", usage, externalId(), host);
        }
        if (slurmState.equals("CANCELLED")) {
            return new JobOutcome(RunState.FAILED, exit, info.message(), usage, externalId(), host);
        }
        if (info.state() == RunState.FINISHED && problem == null) {
            return new JobOutcome(RunState.FINISHED, 0, null, usage, externalId(), host);
        }
        String message = info.state() == RunState.FINISHED ? problem
                : info.message() + (problem == null ? "" : "; " + problem);
        return new JobOutcome(RunState.FAILED, exit, message, usage, externalId(), host);
    }

    /** Wall time from Slurm's start and end (whole seconds) when the script could not report it. */
    private long wallFromSlurm(SlurmJobInfo info) {
        try {
            LocalDateTime start = LocalDateTime.parse(info.get("StartTime"));
            LocalDateTime end = LocalDateTime.parse(info.get("EndTime"));
            return Duration.between(start, end).toMillis();
        } catch (RuntimeException e) {
            return (System.nanoTime() - submitNanos) / 1_000_000;
        }
    }
}
