package org.vre.engine.local;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Runs each job as a process on this machine, in the run's workspace: {@code bash -c COMMAND} with the folder
 * holding the {@code vre} and {@code rucio} launchers first on the PATH. A step naming an image runs inside it when
 * a container runtime answers and has the image; otherwise on the host, with a note in the log. A watchdog samples
 * every job's process tree from {@code /proc} to enforce timeouts and memory limits and to measure peak memory.
 */
public final class LocalExecutor implements Executor, AutoCloseable {

    /**
     * Runs the command in this very shell ({@code eval}: one bash per job, not two; a second shell cost 3–6 ms a
     * job) and, when it ends however it ends ({@code exit} included), writes the shell's and its children's CPU
     * times ({@code times}) and its I/O counters, which include its reaped children's, for the engine to read.
     */
    static final String WRAPPER = "trap 'vre_rc=$?; if [ -n \"$VRE_JOB_USAGE\" ]; then { times;"
            + " while IFS= read -r l; do printf \"%s\\n\" \"$l\"; done < /proc/$$/io; } > \"$VRE_JOB_USAGE\" 2>/dev/null;"
            + " fi; exit $vre_rc' EXIT\n"
            + "vre_command=$1; shift\n"
            + "eval \"$vre_command\"";

    private final Path toolsDirectory;
    private final Duration sampleInterval;
    private final ContainerRuntime.Detection containers;
    private final String host;
    private final Set<LocalJob> active = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService watchdog;
    private final Map<String, Boolean> imagePresent = new ConcurrentHashMap<>();

    /**
     * @param toolsDirectory the folder holding the {@code vre} and {@code rucio} launchers (null: leave PATH alone)
     * @param containers     the container runtime found (see {@link ContainerRuntime#detect})
     * @param sampleInterval how often the watchdog samples running jobs
     */
    public LocalExecutor(Path toolsDirectory, ContainerRuntime.Detection containers, Duration sampleInterval) {
        this.toolsDirectory = toolsDirectory == null ? null : toolsDirectory.toAbsolutePath();
        this.containers = containers;
        this.sampleInterval = sampleInterval;
        this.host = hostName();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vre-local-watchdog");
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(10, sampleInterval.toMillis());
        watchdog.scheduleWithFixedDelay(this::sampleAll, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** A local executor that looks for podman, then docker, on the PATH. */
    public static LocalExecutor detecting(Path toolsDirectory) {
        return new LocalExecutor(toolsDirectory,
                ContainerRuntime.detect(List.of("podman", "docker"), System.getenv("PATH")), Duration.ofMillis(100));
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public String describe() {
        return "local on host " + host + ", " + containers.note();
    }

    public ContainerRuntime.Detection containers() {
        return containers;
    }

    @Override
    public JobExecution start(JobRequest request, LogListener logs) {
        List<String> argv = new ArrayList<>();
        String image = request.environment();
        if (image != null && !image.isBlank()) {
            var runtime = containers.runtime();
            if (runtime.isPresent() && imagePresent.computeIfAbsent(image, runtime.get()::hasImage)) {
                argv.addAll(List.of(runtime.get().client().toString(), "run", "--rm", "--network=host",
                        "-v", request.workspace() + ":" + request.workspace(), "-w", request.workspace().toString()));
                if (toolsDirectory != null) {
                    argv.addAll(List.of("-v", toolsDirectory + ":" + toolsDirectory + ":ro"));
                }
                for (String name : request.env().keySet()) {
                    argv.addAll(List.of("-e", name));
                }
                argv.add(image);
            } else {
                logs.line(request.runId(), request.jobId(), LogListener.Stream.ENGINE, "note: running on the host, not in "
                        + image + ": " + (runtime.isPresent() ? runtime.get().name() + " does not have this image"
                                : containers.note()));
            }
        }
        argv.addAll(List.of("bash", "-c", WRAPPER, "vre-job", request.command()));
        ProcessBuilder builder = new ProcessBuilder(argv).directory(request.workspace().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.putAll(request.env());
        if (argv.get(0).equals(containers.runtime().map(r -> r.client().toString()).orElse(null))) {
            env.putAll(containers.runtime().get().environment());
        }
        if (toolsDirectory != null) {
            String path = env.getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
            env.put("PATH", toolsDirectory + File.pathSeparator + path);
        }
        Path usageFile = request.logDirectory().resolve(request.fileStem() + ".usage");
        env.put("VRE_JOB_USAGE", usageFile.toString());
        try {
            Files.createDirectories(request.logDirectory());
            Files.deleteIfExists(usageFile);
            LocalJob job = new LocalJob(request, builder.start(), usageFile, logs, host, active::remove);
            active.add(job);
            return job;
        } catch (IOException e) {
            throw new VreException("cannot start job " + request.jobId() + " in " + request.workspace() + ": "
                    + e.getMessage());
        }
    }

    /** Environment variables a job of this executor gets, for tests and diagnostics. */
    public Map<String, String> toolEnvironment() {
        Map<String, String> env = new HashMap<>();
        if (toolsDirectory != null) {
            env.put("PATH", toolsDirectory + File.pathSeparator + System.getenv("PATH"));
        }
        return env;
    }

    private void sampleAll() {
        for (LocalJob job : active) {
            try {
                job.sample();
            } catch (RuntimeException e) {
                // a job that vanished mid-sample is handled by its own waiter
            }
        }
    }

    /** Number of jobs currently running (for tests). */
    public int activeJobs() {
        return active.size();
    }

    public Duration sampleInterval() {
        return sampleInterval;
    }

    @Override
    public void close() {
        for (LocalJob job : active) {
            job.stop();
        }
        watchdog.shutdownNow();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
