package org.vre.engine.local;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.vre.engine.JobExecution;
import org.vre.engine.JobOutcome;
import org.vre.engine.JobRequest;
import org.vre.engine.LogListener;
import org.vre.engine.ResourceUsage;
import org.vre.engine.RunState;

/** One job process: its log pumps, its watchdog checks and how it ended. */
final class LocalJob implements JobExecution {

    private final JobRequest request;
    private final Process process;
    private final Path usageFile;
    private final LogListener logs;
    private final String host;
    private final Consumer<LocalJob> onEnd;
    private final long startNanos = System.nanoTime();
    private final Thread stdoutPump;
    private final Thread stderrPump;
    private volatile long peakRss = -1; // -1 until the watchdog has seen the process (very short jobs)
    private volatile long sampledCpu;
    private volatile String killReason;
    private volatile boolean stopped;

    LocalJob(JobRequest request, Process process, Path usageFile, LogListener logs, String host,
            Consumer<LocalJob> onEnd) {
        this.request = request;
        this.process = process;
        this.usageFile = usageFile;
        this.logs = logs;
        this.host = host;
        this.onEnd = onEnd;
        this.stdoutPump = pump(process.getInputStream(), request.stdoutFile(), LogListener.Stream.STDOUT);
        this.stderrPump = pump(process.getErrorStream(), request.stderrFile(), LogListener.Stream.STDERR);
    }

    @Override
    public String externalId() {
        return "pid:" + process.pid();
    }

    private Thread pump(InputStream in, Path file, LogListener.Stream stream) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    writer.write(line);
                    writer.write('\n');
                    writer.flush(); // followers in other processes read the file
                    logs.line(request.runId(), request.jobId(), stream, line);
                }
            } catch (IOException e) {
                logs.line(request.runId(), request.jobId(), LogListener.Stream.ENGINE,
                        "log capture stopped: " + e.getMessage());
            }
        }, "vre-log-" + request.jobId());
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Called by the watchdog: measures the process tree and enforces the memory limit and the timeout. */
    void sample() {
        if (!process.isAlive() || killReason != null) {
            return;
        }
        ProcessTreeSample sample = ProcessTreeSample.of(process.toHandle());
        peakRss = Math.max(peakRss, sample.rssBytes());
        sampledCpu = Math.max(sampledCpu, sample.cpuMillis());
        if (request.memoryLimit() > 0 && sample.rssBytes() > request.memoryLimit()) {
            kill("killed: out of memory (limit " + MemorySize.format(request.memoryLimit()) + ", peak "
                    + MemorySize.format(peakRss) + ")");
        } else if (request.timeout() != null
                && System.nanoTime() - startNanos > request.timeout().toNanos()) {
            kill("killed: timeout after " + request.timeout().toSeconds() + " s (kubernetes_job_timeout)");
        }
    }

    private synchronized void kill(String reason) {
        if (killReason == null) {
            killReason = reason;
        }
        ProcessHandle root = process.toHandle();
        try (Stream<ProcessHandle> descendants = root.descendants()) {
            List<ProcessHandle> all = descendants.toList();
            root.destroyForcibly();
            all.forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Override
    public void stop() {
        stopped = true;
        kill("stopped by the user");
    }

    @Override
    public JobOutcome await() throws InterruptedException {
        int exit = process.waitFor();
        long wall = (System.nanoTime() - startNanos) / 1_000_000;
        stdoutPump.join();
        stderrPump.join();
        onEnd.accept(this);
        ResourceUsage usage = usage(wall);
        if (stopped) {
            return new JobOutcome(RunState.STOPPED, exit, "stopped by the user", usage, externalId(), host);
        }
        if (killReason != null) {
            return new JobOutcome(RunState.FAILED, exit, killReason, usage, externalId(), host);
        }
        if (exit == 0) {
            return new JobOutcome(RunState.FINISHED, 0, null, usage, externalId(), host);
        }
        String message = exit > 128 ? "killed by signal " + (exit - 128) + " (exit code " + exit + ")"
                : "exit code " + exit;
        return new JobOutcome(RunState.FAILED, exit, message, usage, externalId(), host);
    }

    /** CPU and I/O as the wrapper shell reported them; the watchdog's samples when it could not (killed jobs). */
    private ResourceUsage usage(long wall) {
        long cpu = sampledCpu;
        long read = -1;
        long written = -1;
        try {
            if (Files.isRegularFile(usageFile)) {
                List<String> lines = Files.readAllLines(usageFile);
                if (lines.size() >= 2) {
                    // the job's own shell (the command's builtins ran in it) and its children
                    String[] shell = lines.get(0).trim().split("\\s+");
                    String[] children = lines.get(1).trim().split("\\s+");
                    cpu = Math.max(cpu, shellTime(shell[0]) + shellTime(shell[1]) + shellTime(children[0])
                            + shellTime(children[1]));
                }
                for (String line : lines) {
                    if (line.startsWith("rchar:")) {
                        read = Long.parseLong(line.substring(6).trim());
                    } else if (line.startsWith("wchar:")) {
                        written = Long.parseLong(line.substring(6).trim());
                    }
                }
                Files.deleteIfExists(usageFile);
            }
        } catch (IOException | RuntimeException e) {
            // usage is best effort: a malformed report leaves the sampled values
        }
        return new ResourceUsage(wall, cpu, peakRss, read, written);
    }

    /** bash's {@code times} format: {@code 1m2.345s}. */
    static long shellTime(String text) {
        int m = text.indexOf('m');
        double minutes = Double.parseDouble(text.substring(0, m));
        double seconds = Double.parseDouble(text.substring(m + 1, text.length() - 1));
        return Math.round((minutes * 60 + seconds) * 1000);
    }
}
