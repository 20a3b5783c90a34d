package org.vre.cli.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.vre.engine.JobRun;
import org.vre.engine.JobRequest;
import org.vre.engine.Run;
import org.vre.engine.RunStore;
import org.vre.engine.StepRun;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vre logs [RUN] [--step S] [--follow]}: every job's output (stdout then stderr), in step order. Following
 * reads the log files as the run's process writes them, until the run ends.
 */
@Command(name = "logs", mixinStandardHelpOptions = true, description = "Show the output of a run's jobs.")
public final class LogsCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "RUN", description = "Run id (default: the latest run started here).")
    String runId;

    @Option(names = "--step", paramLabel = "STEP", description = "Only this step.")
    String step;

    @Option(names = "--follow", description = "Keep printing new output until the run ends.")
    boolean follow;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RunStore store = RunContext.store();
        String id = RunContext.resolve(store, runId).id();
        PrintWriter out = spec.commandLine().getOut();
        Map<Path, Long> offsets = new HashMap<>();
        while (true) {
            Run run = store.get(id);
            if (step != null) {
                run.step(step);
            }
            boolean ended = run.state().isTerminal();
            for (Path file : files(store, run)) {
                print(file, offsets, out);
            }
            out.flush();
            if (!follow || ended) {
                return 0;
            }
            Thread.sleep(250); // polling another process's files: there is nothing to wait on
        }
    }

    private List<Path> files(RunStore store, Run run) {
        List<Path> files = new ArrayList<>();
        Path logs = store.logs(run.id());
        for (StepRun s : run.steps()) {
            if (step != null && !s.name().equals(step)) {
                continue;
            }
            for (JobRun job : s.jobs()) {
                JobRequest names = new JobRequest(run.id(), job.id(), job.command(), run.workspace(), null, Map.of(),
                        null, 0, logs, null, null);
                files.add(names.stdoutFile());
                files.add(names.stderrFile());
            }
        }
        return files;
    }

    private static void print(Path file, Map<Path, Long> offsets, PrintWriter out) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        long from = offsets.getOrDefault(file, 0L);
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            if (length <= from) {
                return;
            }
            in.seek(from);
            byte[] bytes = new byte[(int) Math.min(length - from, 16 << 20)];
            in.readFully(bytes);
            if (from == 0) {
                out.println("==> " + file.getFileName() + " <==");
            }
            out.print(new String(bytes, StandardCharsets.UTF_8));
            offsets.put(file, from + bytes.length);
        }
    }
}
