package org.vre.engine.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.vre.engine.JobExecution;
import org.vre.engine.JobOutcome;
import org.vre.engine.JobRequest;
import org.vre.engine.LogListener;
import org.vre.engine.RunState;
import org.vre.engine.slurm.ClusterShell;
import org.vre.engine.slurm.LocalShell;
import org.vre.engine.slurm.RemoteWorkspace;
import org.vre.engine.slurm.SlurmExecutor;
import org.vre.engine.slurm.Staging;
import org.vre.engine.ssh.SshShell;
import org.vre.engine.ssh.SshTarget;
import org.vre.testing.OpenSshServer;
import org.vre.testing.SlurmCluster;

/**
 * Slurm submit-to-start latency on the test fixture's single-node Slurm: N jobs one after the other, each timed
 * from {@code executor.start()} to (a) the moment its command began (the job writes EPOCHREALTIME first) and (b) the
 * moment the executor reported it running, and (c) to the end as the engine sees it. Args: [jobs] [here|ssh|both].
 */
public final class SlurmLatencyBenchmark {

    public static void main(String[] args) throws Exception {
        int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        String mode = args.length > 1 ? args[1] : "both";
        Path dir = Files.createTempDirectory("vre-slurm-bench");
        try (SlurmCluster cluster = SlurmCluster.start()) {
            if (!mode.equals("ssh")) {
                measure("here", new LocalShell(Map.of("SLURM_CONF", cluster.slurmConf().toString())), null, dir, jobs);
            }
            if (!mode.equals("here")) {
                try (OpenSshServer sshd = OpenSshServer.start(dir.resolve("sshd"),
                        Map.of("SLURM_CONF", cluster.slurmConf().toString()))) {
                    SshShell shell = SshShell.connect(SshTarget.parse(sshd.target(), sshd.clientKey(), sshd.knownHosts()));
                    measure("ssh", shell, new RemoteWorkspace(shell, dir.resolve("login-node").toString()), dir, jobs);
                }
            }
        }
    }

    private static void measure(String label, ClusterShell shell, Staging staging, Path dir, int jobs) throws Exception {
        Path workspace = Files.createDirectories(dir.resolve(label + "/workspace"));
        Path logs = Files.createDirectories(dir.resolve(label + "/logs"));
        List<Double> started = new ArrayList<>();
        List<Double> seen = new ArrayList<>();
        List<Double> ended = new ArrayList<>();
        try (SlurmExecutor slurm = new SlurmExecutor(shell, staging != null ? staging : Staging.SAME_HOST, null,
                Duration.ofMillis(100))) {
            for (int i = 0; i < jobs; i++) {
                JobRequest request = new JobRequest("bench", "job" + i, "echo $EPOCHREALTIME > started-" + i,
                        workspace, null, Map.of(), null, 0, logs, null, null);
                CompletableFuture<Long> running = new CompletableFuture<>();
                double submitted = System.currentTimeMillis() / 1000.0;
                long t0 = System.nanoTime();
                JobExecution job = slurm.start(request, LogListener.NONE);
                job.onStateChange((state, reason) -> {
                    if (state == RunState.RUNNING) {
                        running.complete(System.nanoTime());
                    }
                });
                JobOutcome outcome = job.await();
                long end = System.nanoTime();
                if (outcome.state() != RunState.FINISHED) {
                    throw new IllegalStateException(label + " job " + i + ": " + outcome.message());
                }
                double began = Double.parseDouble(Files.readString(workspace.resolve("started-" + i)).strip()
                        .replace(',', '.'));
                started.add((began - submitted) * 1000);
                // very short jobs can end between two polls: then "running" is first seen as the end
                seen.add((running.isDone() ? running.get(0, TimeUnit.SECONDS) - t0 : end - t0) / 1e6);
                ended.add((end - t0) / 1e6);
            }
        }
        System.out.printf("%s, %d jobs: submit to command start %s; to reported running %s; to job ended %s%n",
                label, jobs, stats(started), stats(seen), stats(ended));
    }

    private static String stats(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format("median %.0f ms (min %.0f, max %.0f)", sorted.get(sorted.size() / 2), sorted.get(0),
                sorted.get(sorted.size() - 1));
    }
}
