package org.vre.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.core.VreException;

class SerialRunTest {

    @TempDir
    Path tmp;

    private static final String SPEC = """
            inputs:
              files: [data/in.txt]
              parameters:
                greeting: hello
                n: 3
            workflow:
              type: serial
              specification:
                steps:
                  - name: first
                    environment: 'docker.io/library/debian:12'
                    commands:
                      - echo "$greeting ${n} $$HOME-literal" > out/a.txt || (mkdir -p out && echo "$greeting ${n} $$HOME-literal" > out/a.txt)
                      - cat data/in.txt >> out/a.txt
                  - name: second
                    environment: 'debian:12'
                    commands:
                      - wc -l < out/a.txt > out/count.txt; echo to-stderr >&2
            outputs:
              files: [out/a.txt, out/count.txt]
            """;

    @Test
    void runsStepsInOrderWithParametersAndRecordsProvenance() throws Exception {
        try (EngineFixture f = new EngineFixture(tmp)) {
            f.write("data/in.txt", "line from input\n");
            Path spec = f.write("reana.yaml", SPEC);
            Run run = f.runToEnd(spec, RunOptions.defaults().withParameters(Map.of("n", "7")));

            assertEquals(RunState.FINISHED, run.state(), run.message());
            assertEquals("2/... ".isEmpty() ? "" : "3/3", run.progress().toString());
            String a = Files.readString(run.workspace().resolve("out/a.txt"));
            assertEquals("hello 7 " + System.getenv("HOME") + "-literal\nline from input\n", a, "$$ is a literal $ the shell then expands");
            assertEquals("2", Files.readString(run.workspace().resolve("out/count.txt")).strip());
            JobRun second = run.step("second").jobs().get(0);
            assertEquals(0, second.exitCode());
            assertTrue(second.usage().wallMillis() >= 0);
            assertTrue(second.usage().writtenBytes() > 0, "wchar measured: " + second.usage());
            assertEquals("to-stderr\n", Files.readString(f.store.logs(run.id()).resolve("second.0.err")));
            assertTrue(f.lines.contains("STDERR second/0 to-stderr"), f.lines.toString());
            assertTrue(f.lines.stream().anyMatch(l -> l.contains("note: running on the host, not in docker.io/library/debian:12")),
                    "container fallback noted: " + f.lines);

            Provenance p = f.store.provenance(run.id()).orElseThrow();
            assertEquals(Map.of("greeting", "hello", "n", "7"), p.parameters());
            assertEquals(org.vre.engine.internal.FileChecksums.sha256(Files.readString(spec)), p.specificationSha256());
            assertEquals(1, p.inputs().size());
            assertEquals("data/in.txt", p.inputs().get(0).name());
            assertEquals(String.format("%08x", adler("line from input\n")), p.inputs().get(0).adler32());
            assertEquals(2, p.outputs().size());
            assertEquals("out/a.txt", p.outputs().get(0).name());
            assertEquals(Files.size(run.workspace().resolve("out/a.txt")), p.outputs().get(0).bytes());
            assertEquals(java.util.List.of("docker.io/library/debian:12", "debian:12"), p.images());
            assertTrue(p.executors().get(0).startsWith("local on host"), p.executors().toString());
            assertNotNull(p.vreVersion());
            assertFalse(p.started().isAfter(p.ended()));

            Run stored = f.store.get(run.id());
            assertEquals(RunState.FINISHED, stored.state());
            assertEquals(run.steps(), stored.steps());
        }
    }

    @Test
    void firstFailureStopsTheRunAndRestartResumesInTheSameWorkspace() throws Exception {
        try (EngineFixture f = new EngineFixture(tmp)) {
            Path spec = f.write("reana.yaml", """
                    workflow:
                      type: serial
                      specification:
                        steps:
                          - name: prepare
                            environment: 'debian:12'
                            commands: ["echo prepared > p.txt"]
                          - name: flaky
                            environment: 'debian:12'
                            commands: ["test -f fixed.txt || exit 3", "echo ok > flaky.txt"]
                          - name: last
                            environment: 'debian:12'
                            commands: ["cat p.txt flaky.txt > final.txt"]
                    """);
            Run run = f.runToEnd(spec, RunOptions.defaults().withCache(false));
            assertEquals(RunState.FAILED, run.state());
            assertEquals(RunState.FINISHED, run.step("prepare").state());
            assertEquals(RunState.FAILED, run.step("flaky").state());
            assertEquals("exit code 3", run.step("flaky").jobs().get(0).message());
            assertEquals(RunState.CREATED, run.step("flaky").jobs().get(1).state());
            assertEquals(RunState.CREATED, run.step("last").state());
            assertTrue(run.message().contains("flaky"), run.message());

            Files.writeString(run.workspace().resolve("fixed.txt"), "");
            Files.delete(run.workspace().resolve("p.txt")); // restart must not rerun 'prepare'
            f.engine.restart(run.id(), null);
            Run again = f.engine.await(run.id(), java.time.Duration.ofMinutes(1));
            assertEquals(RunState.FAILED, again.state(), "prepare was not rerun, so last cannot find p.txt");
            assertEquals(2, again.attempt());
            assertEquals(RunState.FINISHED, again.step("flaky").state());

            f.engine.restart(run.id(), "prepare");
            Run third = f.engine.await(run.id(), java.time.Duration.ofMinutes(1));
            assertEquals(RunState.FINISHED, third.state(), third.message());
            assertEquals("prepared\nok\n", Files.readString(third.workspace().resolve("final.txt")));
        }
    }

    @Test
    void undefinedParameterAndUnknownStepCreateNothing() throws Exception {
        try (EngineFixture f = new EngineFixture(tmp)) {
            Path spec = f.write("reana.yaml", """
                    inputs:
                      parameters:
                        a: 1
                    workflow:
                      type: serial
                      specification:
                        steps:
                          - name: s
                            environment: 'debian:12'
                            commands: ["echo $a $missing"]
                    """);
            VreException undefined = assertThrows(VreException.class, () -> f.engine.start(spec, RunOptions.defaults()));
            assertTrue(undefined.getMessage().contains("parameter 'missing' is used but not declared"), undefined.getMessage());
            assertTrue(undefined.getMessage().contains("reana.yaml:10:"), undefined.getMessage());
            Path valid = f.write("valid.yaml", Files.readString(spec).replace(" $missing", ""));
            VreException target = assertThrows(VreException.class,
                    () -> f.engine.start(valid, RunOptions.defaults().withTarget("nope")));
            assertTrue(target.getMessage().startsWith("TARGET=nope"), target.getMessage());
            VreException override = assertThrows(VreException.class,
                    () -> f.engine.start(valid, RunOptions.defaults().withParameters(Map.of("b", "2"))));
            assertTrue(override.getMessage().contains("'b'"), override.getMessage());
            assertTrue(f.store.list().isEmpty());
        }
    }

    @Test
    void fromTargetAndCache() throws Exception {
        try (EngineFixture f = new EngineFixture(tmp)) {
            Path spec = f.write("reana.yaml", """
                    workflow:
                      type: serial
                      specification:
                        steps:
                          - name: a
                            environment: 'debian:12'
                            commands: ["echo a >> trace.txt; date +%s%N > a.txt"]
                          - name: b
                            environment: 'debian:12'
                            commands: ["echo b >> trace.txt"]
                          - name: c
                            environment: 'debian:12'
                            commands: ["echo c >> trace.txt"]
                    """);
            Run onlyB = f.runToEnd(spec, RunOptions.defaults().withFrom("b").withTarget("b"));
            assertEquals(RunState.FINISHED, onlyB.state());
            assertEquals("b\n", Files.readString(onlyB.workspace().resolve("trace.txt")));
            assertTrue(onlyB.step("a").message().startsWith("skipped"));
            assertEquals("1/1", onlyB.progress().toString());

            Run first = f.runToEnd(spec, RunOptions.defaults());
            assertFalse(first.step("a").cached());
            Run second = f.runToEnd(spec, RunOptions.defaults());
            assertEquals(RunState.FINISHED, second.state());
            assertTrue(second.step("a").cached(), "same environment, commands and inputs: cached");
            assertEquals(Files.readString(first.workspace().resolve("a.txt")),
                    Files.readString(second.workspace().resolve("a.txt")), "the cached result, not a new one");
            Run off = f.runToEnd(spec, RunOptions.defaults().withCache(false));
            assertFalse(off.step("a").cached());
            assertTrue(!Files.readString(first.workspace().resolve("a.txt"))
                    .equals(Files.readString(off.workspace().resolve("a.txt"))));
        }
    }

    private static long adler(String text) {
        java.util.zip.Adler32 a = new java.util.zip.Adler32();
        a.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return a.getValue();
    }
}
