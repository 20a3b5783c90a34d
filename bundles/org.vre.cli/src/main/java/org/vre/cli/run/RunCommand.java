package org.vre.cli.run;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.vre.core.VreException;
import org.vre.engine.LogListener;
import org.vre.engine.Run;
import org.vre.engine.RunOptions;
import org.vre.engine.RunState;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vre run [FILE] [-p k=v] [--backend local|slurm] [--ssh USER@HOST:PORT] [--follow]}: validates and runs a workflow to its end in
 * this process, printing every step as it changes (and every log line with {@code --follow}).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a reana.yaml workflow (default ./reana.yaml) and wait for it to end.")
public final class RunCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The workflow file (default: reana.yaml).")
    Path file;

    @Option(names = {"-p", "--parameter"}, paramLabel = "NAME=VALUE", description = "Override a parameter.")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--backend", paramLabel = "NAME", description = "Run every step on this executor (local, slurm).")
    String backend;

    @Mixin
    SlurmOptions slurm;

    @Option(names = "--follow", description = "Print the jobs' output as they write it.")
    boolean follow;

    @Option(names = "--from", paramLabel = "STEP", description = "Start at this step (REANA's FROM).")
    String from;

    @Option(names = "--target", paramLabel = "STEP", description = "Stop after this step (REANA's TARGET).")
    String target;

    @Option(names = "--no-cache", description = "Run every step even when a cached result exists (CACHE=off).")
    boolean noCache;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Jobs at once (default: the number of cores).")
    Integer jobs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path specFile = file != null ? file : Path.of("reana.yaml");
        if (!Files.isRegularFile(specFile)) {
            throw new VreException(specFile + ": no such workflow file");
        }
        RunOptions chosen = RunOptions.defaults().withParameters(parameters).withFrom(from).withTarget(target)
                .withCache(noCache ? Boolean.FALSE : null).withBackend(backend);
        RunOptions options = jobs != null ? chosen.withParallelism(jobs) : chosen;
        PrintWriter out = spec.commandLine().getOut();
        try (RunContext.Engine context = RunContext.open(slurm)) {
            Run run = follow(context, out, () -> context.engine().start(specFile, options));
            return run.state() == RunState.FINISHED ? 0 : 1;
        }
    }

    interface Starter {
        Run start();
    }

    /** Starts (or restarts) a run, prints its progress until it ends, stops it on Ctrl-C. */
    Run follow(RunContext.Engine context, PrintWriter out, Starter starter) throws Exception {
        Map<String, RunState> stepStates = new java.util.concurrent.ConcurrentHashMap<>();
        context.engine().addRunListener(r -> r.steps().forEach(s -> {
            RunState before = stepStates.put(s.name(), s.state());
            if (before != s.state() && s.state() != RunState.CREATED) {
                synchronized (out) {
                    out.println("==> " + s.name() + ": " + s.state().label()
                            + (s.message() == null ? "" : " (" + s.message() + ")"));
                    out.flush();
                }
            }
        }));
        context.engine().addLogListener((runId, jobId, stream, text) -> {
            if (follow || stream == LogListener.Stream.ENGINE) {
                synchronized (out) {
                    out.println((stream == LogListener.Stream.ENGINE ? "[vre] " : "") + (jobId == null ? "" : jobId + ": ")
                            + text);
                    out.flush();
                }
            }
        });
        Run run = starter.start();
        out.println("run " + run.id() + " " + run.state().label() + " (workspace " + run.workspace() + ")");
        out.flush();
        Thread stopper = new Thread(() -> context.engine().stop(run.id()));
        Runtime.getRuntime().addShutdownHook(stopper);
        Run end = context.engine().await(run.id(), Duration.ofDays(3650));
        try {
            Runtime.getRuntime().removeShutdownHook(stopper);
        } catch (IllegalStateException e) {
            // already shutting down
        }
        out.println("run " + end.id() + " " + end.state().label() + (end.message() == null ? "" : ": " + end.message())
                + " (" + end.progress() + " jobs)");
        out.flush();
        return end;
    }
}
