package org.vre.engine.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.vre.engine.EngineSettings;
import org.vre.engine.ExecutorRegistry;
import org.vre.engine.Run;
import org.vre.engine.RunEngine;
import org.vre.engine.RunOptions;
import org.vre.engine.RunState;
import org.vre.engine.RunStore;
import org.vre.engine.local.ContainerRuntime;
import org.vre.engine.local.LocalExecutor;

/**
 * Engine overhead per step: a serial workflow of N one-command steps run by the engine (cache off and on) against
 * the same N commands in one bash script. Prints milliseconds per step. Args: [steps] (default 100).
 */
public final class EngineOverheadBenchmark {

    public static void main(String[] args) throws Exception {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path dir = Files.createTempDirectory("vre-bench");
        StringBuilder yaml = new StringBuilder("workflow:\n  type: serial\n  specification:\n    steps:\n");
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < steps; i++) {
            String command = "echo " + i + " >> trace.txt";
            yaml.append("      - name: s").append(i).append("\n        environment: 'debian:12'\n        commands: [\"")
                    .append(command).append("\"]\n");
            script.append("bash -c '").append(command).append("'\n");
        }
        Path analysis = Files.createDirectories(dir.resolve("analysis"));
        Path spec = Files.writeString(analysis.resolve("reana.yaml"), yaml);
        Path bash = Files.writeString(dir.resolve("all.sh"), script);
        Path scratch = Files.createDirectories(dir.resolve("scratch"));
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder("bash", bash.toString()).directory(scratch.toFile()).start();
            p.waitFor();
            double script_ms = (System.nanoTime() - t0) / 1e6;
            try (LocalExecutor local = new LocalExecutor(null, new ContainerRuntime.Detection(java.util.Optional.empty(),
                    "benchmark: no container runtime"), Duration.ofMillis(100));
                    RunEngine engine = new RunEngine(new RunStore(dir.resolve("runs")),
                            new ExecutorRegistry("local").register(local),
                            new EngineSettings(Map.of(), Map.of(), null))) {
                double off = time(engine, spec, RunOptions.defaults().withCache(false));
                double on = time(engine, spec, RunOptions.defaults().withCache(true));
                System.out.printf("round %d: %d steps: one bash script %.2f ms/step; engine cache off %.2f ms/step"
                        + " (overhead %.2f ms/step); engine cache on, first run %.2f ms/step%n", round, steps,
                        script_ms / steps, off / steps, (off - script_ms) / steps, on / steps);
            }
        }
    }

    private static double time(RunEngine engine, Path spec, RunOptions options) throws Exception {
        long t0 = System.nanoTime();
        Run run = engine.start(spec, options);
        Run end = engine.await(run.id(), Duration.ofMinutes(30));
        if (end.state() != RunState.FINISHED) {
            throw new IllegalStateException(end.message());
        }
        return (System.nanoTime() - t0) / 1e6;
    }

}
