package org.vre.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LimitsAndParallelismTest {

    @TempDir
    Path tmp;

    @Test
    void memoryWatchdogKillsTheProcessTreeAndSaysWhy() throws Exception {
        try (EngineFixture f = new EngineFixture(tmp)) {
            // the allocation happens in a grandchild (bash -> python3), so only a tree-wide watchdog sees it
            Path spec = f.write("reana.yaml", """
                    workflow:
                      type: serial
                      specification:
                        steps:
                          - name: hungry
                            environment: 'python:3.11'
                            kubernetes_memory_limit: '64Mi'
                            commands:
                              - python3 -c "import time; b = bytearray(200*1024*1024); b[::4096] = b'x' * len(b[::4096]); time.sleep(60)"
                    """);
            Run run = f.runToEnd(spec, RunOptions.defaults());
            JobRun job = run.step("hungry").jobs().get(0);
            assertEquals(RunState.FAILED, run.state());
            assertTrue(job.message().matches("killed: out of memory \\(limit 64Mi, peak \\d+Mi\\)"), job.message());
            long peakMi = Long.parseLong(job.message().replaceAll(".*peak (\\d+)Mi.*", "$1"));
            assertTrue(peakMi > 64, job.message());
            assertTrue(job.usage().wallMillis() < 30_000, "killed long before the sleep ended");
        }
    }

    @Test
    void timeoutKillsTheJob() throws Exception {
        try (EngineFixture f = new EngineFixture(tmp)) {
            Path spec = f.write("reana.yaml", """
                    workflow:
                      type: serial
                      specification:
                        steps:
                          - name: slow
                            environment: 'debian:12'
                            kubernetes_job_timeout: 1
                            commands: ["sleep 60; echo never > never.txt"]
                    """);
            Run run = f.runToEnd(spec, RunOptions.defaults());
            assertEquals(RunState.FAILED, run.state());
            assertEquals("killed: timeout after 1 s (kubernetes_job_timeout)", run.step("slow").jobs().get(0).message());
            assertTrue(Files.notExists(run.workspace().resolve("never.txt")));
        }
    }

    @Test
    void stopKillsRunningJobsAndRecordsStopped() throws Exception {
        try (EngineFixture f = new EngineFixture(tmp)) {
            Path spec = f.write("reana.yaml", """
                    workflow:
                      type: serial
                      specification:
                        steps:
                          - name: long
                            environment: 'debian:12'
                            commands: ["echo started; sleep 120"]
                          - name: after
                            environment: 'debian:12'
                            commands: ["echo after"]
                    """);
            CountDownLatch started = new CountDownLatch(1);
            f.engine.addLogListener((r, job, stream, text) -> {
                if (text.equals("started")) {
                    started.countDown();
                }
            });
            Run run = f.engine.start(spec, RunOptions.defaults());
            assertTrue(started.await(60, TimeUnit.SECONDS));
            f.engine.stop(run.id());
            Run end = f.engine.await(run.id(), Duration.ofSeconds(60));
            assertEquals(RunState.STOPPED, end.state());
            assertEquals(RunState.STOPPED, end.step("long").jobs().get(0).state());
            assertEquals(RunState.CREATED, end.step("after").state());
            assertEquals(RunState.STOPPED, f.store.get(run.id()).state());
        }
    }

    @Test
    void scatteredJobsRunInParallelUpToTheLimitAfterTheirDependency() throws Exception {
        try (EngineFixture f = new EngineFixture(tmp)) {
            // each job records how many jobs were inside the critical section when it entered
            Path spec = f.write("reana.yaml", """
                    inputs:
                      parameters:
                        x: 0
                    workflow:
                      type: serial
                      specification:
                        steps:
                          - name: prepare
                            environment: 'debian:12'
                            commands: ["mkdir -p parts active && echo ready > ready.txt"]
                          - name: part
                            environment: 'debian:12'
                            depends_on: [prepare]
                            scatter:
                              x: [1, 2, 3, 4, 5, 6]
                            commands:
                              - "test -f ready.txt && touch active/$x && ls active | wc -l > parts/$x.n && sleep 0.3 && rm active/$x"
                          - name: merge
                            environment: 'debian:12'
                            depends_on: [part]
                            commands: ["cat parts/*.n | sort -n | tail -1 > max.txt; ls parts | wc -l > count.txt"]
                    """);
            Run run = f.runToEnd(spec, RunOptions.defaults().withParallelism(3));
            assertEquals(RunState.FINISHED, run.state(), run.message());
            assertEquals(6, run.step("part").jobs().size());
            assertEquals("part[5]/0", run.step("part").jobs().get(5).id());
            assertEquals("6", Files.readString(run.workspace().resolve("count.txt")).strip());
            int max = Integer.parseInt(Files.readString(run.workspace().resolve("max.txt")).strip());
            assertTrue(max >= 2 && max <= 3, "parallel, at most 3 at once: " + max);
            assertEquals("8/8", run.progress().toString());
        }
    }

    @Test
    void aRunWhoseProcessDiedIsMarkedFailedAtTheNextStart() throws Exception {
        RunStore store = new RunStore(tmp.resolve("runs"));
        String id = store.allocateId("analysis");
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        JobRun running = new JobRun("s/0", "sleep 100", RunState.RUNNING, null, null, java.time.Instant.now(), null,
                ResourceUsage.UNKNOWN, "pid:" + dead.pid(), "host");
        Run run = new Run(id, "analysis", tmp, tmp.resolve("reana.yaml"), store.workspace(id), RunState.RUNNING, null,
                java.time.Instant.now(), java.time.Instant.now(), null, java.util.Map.of(), RunOptions.defaults(),
                List.of(new StepRun("s", RunState.RUNNING, "img", "local", List.of(running), false, null)),
                dead.pid(), 1);
        store.save(run);
        List<Run> recovered = new RunStore(tmp.resolve("runs")).recoverInterrupted();
        assertEquals(1, recovered.size());
        Run failed = store.get(id);
        assertEquals(RunState.FAILED, failed.state());
        assertTrue(failed.message().contains("pid " + dead.pid()), failed.message());
        assertEquals(RunState.FAILED, failed.step("s").jobs().get(0).state());
        assertTrue(new RunStore(tmp.resolve("runs")).recoverInterrupted().isEmpty(), "only once");
    }
}
