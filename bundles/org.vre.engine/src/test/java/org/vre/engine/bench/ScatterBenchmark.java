package org.vre.engine.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.vre.engine.EngineSettings;
import org.vre.engine.ExecutorRegistry;
import org.vre.engine.Run;
import org.vre.engine.RunEngine;
import org.vre.engine.RunOptions;
import org.vre.engine.RunStore;
import org.vre.engine.local.ContainerRuntime;
import org.vre.engine.local.LocalExecutor;

/** N scattered jobs (default 1,000) on P parallel slots (default 2): wall time and jobs per second. */
public final class ScatterBenchmark {

    public static void main(String[] args) throws Exception {
        int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int parallel = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path dir = Files.createTempDirectory("vre-scatter");
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < jobs; i++) {
            values.append(i == 0 ? "" : ", ").append(i);
        }
        Path analysis = Files.createDirectories(dir.resolve("analysis"));
        Path spec = Files.writeString(analysis.resolve("reana.yaml"), """
                inputs:
                  parameters:
                    i: 0
                workflow:
                  type: serial
                  specification:
                    steps:
                      - name: part
                        environment: 'debian:12'
                        scatter:
                          i: [%s]
                        commands: ["echo $i > part-$i.txt"]
                """.formatted(values));
        try (LocalExecutor local = new LocalExecutor(null, new ContainerRuntime.Detection(Optional.empty(), "none"),
                Duration.ofMillis(100));
                RunEngine engine = new RunEngine(new RunStore(dir.resolve("runs")),
                        new ExecutorRegistry("local").register(local), new EngineSettings(Map.of(), Map.of(), null))) {
            long t0 = System.nanoTime();
            Run run = engine.start(spec, RunOptions.defaults().withCache(false).withParallelism(parallel));
            Run end = engine.await(run.id(), Duration.ofHours(1));
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%d scattered jobs on %d slots: %s in %.1f s (%.1f jobs/s, %.1f ms/job)%n", jobs, parallel,
                    end.state().label() + " " + end.progress(), seconds, jobs / seconds, seconds * 1000 / jobs);
        }
    }
}
