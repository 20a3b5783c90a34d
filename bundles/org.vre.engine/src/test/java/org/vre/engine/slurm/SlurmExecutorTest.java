package org.vre.engine.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.vre.engine.JobRun;
import org.vre.engine.Run;
import org.vre.engine.RunState;
import org.vre.testing.SlurmCluster;

/**
 * The Slurm executor on a real single-node Slurm on this host. (A step over its slurm_time is tested through the
 * command line in org.vre.cli's SampleOnSlurmTest, where it waits for Slurm's one-minute limit while the samples run.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SlurmExecutorTest {

    @TempDir
    Path tmp;

    private static SlurmCluster cluster;

    @BeforeAll
    static void start() {
        cluster = SlurmCluster.shared();
    }

    private SlurmEngine engine() throws Exception {
        return new SlurmEngine(tmp, LocalShell.withSlurmConf(cluster.slurmConf()), Staging.SAME_HOST);
    }

    @Test
    @Order(1)
    void jobRunsOnTheNodeWithTheStepsLimitsAndItsLogsStreamLive() throws Exception {
        try (SlurmEngine f = engine()) {
            Path spec = f.write("reana.yaml", """
                    workflow:
                      type: serial
                      specification:
                        steps:
                          - name: hello
                            environment: 'debian:12'
                            compute_backend: slurmcern
                            slurm_partition: debug
                            slurm_time: "10"
                            kubernetes_memory_limit: 100Mi
                            commands:
                              - echo "ready $$VRE_TEST_VALUE"; echo to-stderr >&2; while [ ! -e go ]; do sleep 0.05; done; echo done > out.txt
                    """);
            CountDownLatch ready = f.when("STDOUT hello/0 ready it's passed");
            Run started = f.start(spec);
            SlurmEngine.await(ready, "the job's first line while it runs");

            // the line came while the job still runs: the engine shows it running on the node
            JobRun running = f.engine.get(started.id()).step("hello").jobs().get(0);
            assertEquals(RunState.RUNNING, running.state());
            assertTrue(running.externalId().startsWith("slurm:"), running.externalId());
            String slurmId = running.externalId().substring(6);
            String shown = cluster.query("scontrol", "show", "job", "-o", slurmId);
            assertTrue(shown.contains("JobState=RUNNING"), shown);
            assertTrue(shown.contains("Partition=debug"), shown);
            assertTrue(shown.contains("TimeLimit=00:10:00"), shown);
            assertTrue(shown.contains("MinMemoryNode=100M"), shown);
            assertTrue(shown.contains("WorkDir=" + started.workspace()), shown);

            Files.writeString(started.workspace().resolve("go"), "");
            Run run = f.engine.await(started.id(), Duration.ofMinutes(1));

            assertEquals(RunState.FINISHED, run.state(), run.message() + "\n" + f.lines);
            JobRun job = run.step("hello").jobs().get(0);
            assertEquals(0, job.exitCode());
            assertEquals(cluster.host(), job.host());
            assertEquals("done\n", Files.readString(run.workspace().resolve("out.txt")));
            assertEquals("ready it's passed\n", Files.readString(f.store.logs(run.id()).resolve("hello.0.out")));
            assertEquals("to-stderr\n", Files.readString(f.store.logs(run.id()).resolve("hello.0.err")));
            assertTrue(f.lines.contains("STDERR hello/0 to-stderr"), f.lines.toString());
            assertTrue(f.lines.stream().anyMatch(l -> l.contains("submitted to slurm as job " + slurmId)), f.lines.toString());
            assertTrue(job.usage().wallMillis() > 0, job.usage().toString());
            assertTrue(job.usage().cpuMillis() >= 0, job.usage().toString());
            assertTrue(job.usage().writtenBytes() > 0, job.usage().toString());
            assertTrue(f.store.provenance(run.id()).orElseThrow().executors().contains("slurm via this host"),
                    f.store.provenance(run.id()).orElseThrow().executors().toString());
        }
    }

    @Test
    @Order(2)
    void failingJobFailsTheRunWithItsReason() throws Exception {
        try (SlurmEngine f = engine()) {
            Run run = f.runToEnd(f.write("reana.yaml", """
                    workflow:
                      type: serial
                      specification:
                        steps:
                          - name: broken
                            environment: 'debian:12'
                            compute_backend: slurmcern
                            commands:
                              - echo "cannot fit" >&2; exit 3
                          - name: never
                            environment: 'debian:12'
                            compute_backend: slurmcern
                            commands:
                              - touch never-ran
                    """));
            assertEquals(RunState.FAILED, run.state());
            JobRun job = run.step("broken").jobs().get(0);
            assertEquals(RunState.FAILED, job.state());
            assertEquals(3, job.exitCode());
            assertEquals("slurm: FAILED (exit code 3)", job.message());
            assertTrue(run.message().contains("slurm: FAILED (exit code 3)"), run.message());
            assertEquals(RunState.CREATED, run.step("never").state());
            assertTrue(Files.notExists(run.workspace().resolve("never-ran")));
            assertTrue(f.lines.contains("STDERR broken/0 cannot fit"), f.lines.toString());
        }
    }

    @Test
    @Order(3)
    void stopCancelsTheJob() throws Exception {
        try (SlurmEngine f = engine()) {
            Path spec = f.write("reana.yaml", """
                    workflow:
                      type: serial
                      specification:
                        steps:
                          - name: long
                            environment: 'debian:12'
                            compute_backend: slurmcern
                            commands:
                              - echo started; sleep 600
                    """);
            CountDownLatch started = f.when("STDOUT long/0 started");
            Run run = f.start(spec);
            SlurmEngine.await(started, "the job to start");
            String slurmId = f.engine.get(run.id()).step("long").jobs().get(0).externalId().substring(6);

            f.engine.stop(run.id());
            Run end = f.engine.await(run.id(), Duration.ofMinutes(1));

            assertEquals(RunState.STOPPED, end.state(), end.message());
            JobRun job = end.step("long").jobs().get(0);
            assertEquals(RunState.STOPPED, job.state());
            assertEquals("stopped by the user (scancel " + slurmId + ")", job.message());
            assertTrue(cluster.query("scontrol", "show", "job", "-o", slurmId).contains("JobState=CANCELLED"));
            assertEquals(0, f.slurm.activeJobs());
        }
    }

    @Test
    @Order(4)
    void aPartitionSlurmDoesNotHaveIsAClearError() throws Exception {
        try (SlurmEngine f = engine()) {
            Run run = f.runToEnd(f.write("reana.yaml", """
                    workflow:
                      type: serial
                      specification:
                        steps:
                          - name: lost
                            environment: 'debian:12'
                            compute_backend: slurmcern
                            slurm_partition: gpu-nowhere
                            commands:
                              - echo never
                    """));
            assertEquals(RunState.FAILED, run.state());
            String message = run.step("lost").jobs().get(0).message();
            assertTrue(message.startsWith("sbatch refused job lost/0 (this host): "), message);
            assertTrue(message.contains("invalid partition specified: gpu-nowhere"), message);
        }
    }
}
