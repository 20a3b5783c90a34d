package org.vre.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.vre.engine.local.ContainerRuntime;
import org.vre.engine.local.LocalExecutor;

/** An engine over a temporary run store with the local executor, collecting every log line. */
final class EngineFixture implements AutoCloseable {

    final Path root;
    final Path analysis;
    final RunStore store;
    final LocalExecutor local;
    final RunEngine engine;
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    EngineFixture(Path root) throws IOException {
        this(root, null, Map.of());
    }

    EngineFixture(Path root, Path tools, Map<String, String> jobEnvironment) throws IOException {
        this(root, tools, jobEnvironment, ContainerRuntime.detect(List.of("podman", "docker"), System.getenv("PATH")));
    }

    EngineFixture(Path root, Path tools, Map<String, String> jobEnvironment, ContainerRuntime.Detection containers)
            throws IOException {
        this.root = root;
        this.analysis = Files.createDirectories(root.resolve("analysis"));
        this.store = new RunStore(root.resolve("runs"));
        this.local = new LocalExecutor(tools, containers, Duration.ofMillis(50));
        this.engine = new RunEngine(store, new ExecutorRegistry("local").register(local),
                new EngineSettings(jobEnvironment, System.getenv(), null));
        engine.addLogListener((run, job, stream, text) -> lines.add(stream + " " + job + " " + text));
    }

    Path write(String name, String text) throws IOException {
        Path file = analysis.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    Run runToEnd(Path spec, RunOptions options) throws Exception {
        Run started = engine.start(spec, options);
        return engine.await(started.id(), Duration.ofMinutes(2));
    }

    @Override
    public void close() {
        engine.close();
        local.close();
    }
}
