package org.vre.engine.slurm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.vre.engine.EngineSettings;
import org.vre.engine.ExecutorRegistry;
import org.vre.engine.Run;
import org.vre.engine.RunEngine;
import org.vre.engine.RunOptions;
import org.vre.engine.RunStore;
import org.vre.engine.local.ContainerRuntime;
import org.vre.engine.local.LocalExecutor;

/** An engine over a temporary run store with the local executor and a Slurm executor, collecting every log line. */
final class SlurmEngine implements AutoCloseable {

    final Path analysis;
    final RunStore store;
    final SlurmExecutor slurm;
    final RunEngine engine;
    private final LocalExecutor local;
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final long created = System.nanoTime();
    private final List<Awaited> awaited = Collections.synchronizedList(new ArrayList<>());

    private record Awaited(String text, CountDownLatch latch) {
    }

    SlurmEngine(Path root, ClusterShell shell, Staging staging) throws IOException {
        this.analysis = Files.createDirectories(root.resolve("analysis"));
        this.store = new RunStore(root.resolve("runs"));
        this.local = new LocalExecutor(null, ContainerRuntime.detect(List.of(), ""), Duration.ofMillis(100));
        this.slurm = new SlurmExecutor(shell, staging, null, Duration.ofMillis(100));
        this.engine = new RunEngine(store, new ExecutorRegistry("local").register(local).register(slurm),
                new EngineSettings(Map.of("VRE_TEST_VALUE", "it's passed"), System.getenv(), null));
        engine.addLogListener((run, job, stream, text) -> {
            String line = stream + " " + job + " " + text;
            lines.add(line);
            System.out.printf("%6d ms %s%n", (System.nanoTime() - created) / 1_000_000, line); // timing in the test output
            synchronized (awaited) {
                awaited.stream().filter(a -> line.contains(a.text())).forEach(a -> a.latch().countDown());
            }
        });
    }

    Path write(String name, String text) throws IOException {
        Path file = analysis.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** A latch released when a log line containing {@code text} arrives (register before starting the run). */
    CountDownLatch when(String text) {
        CountDownLatch latch = new CountDownLatch(1);
        awaited.add(new Awaited(text, latch));
        return latch;
    }

    static void await(CountDownLatch latch, String what) throws InterruptedException {
        if (!latch.await(60, TimeUnit.SECONDS)) {
            throw new AssertionError("timed out waiting for " + what);
        }
    }

    Run start(Path spec) {
        return engine.start(spec, RunOptions.defaults().withCache(Boolean.FALSE));
    }

    Run runToEnd(Path spec) throws Exception {
        return engine.await(start(spec).id(), Duration.ofMinutes(2));
    }

    @Override
    public void close() {
        engine.close();
        slurm.close();
        local.close();
    }
}
