package org.vre.cli.run;

import java.util.concurrent.Callable;

import org.vre.engine.Run;
import org.vre.engine.RunState;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vre restart [RUN] [--from STEP]}: runs a failed or stopped run again in its workspace. */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Run a run again in the same workspace, from a step (default: the first that did not finish).")
public final class RestartCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "RUN", description = "Run id (default: the latest run started here).")
    String runId;

    @Option(names = "--from", paramLabel = "STEP", description = "The step to start from.")
    String from;

    @Option(names = "--follow", description = "Print the jobs' output as they write it.")
    boolean follow;

    @Mixin
    SlurmOptions slurm;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (RunContext.Engine context = RunContext.open(slurm)) {
            String id = RunContext.resolve(context.engine().store(), runId).id();
            RunCommand printer = new RunCommand();
            printer.follow = follow;
            Run end = printer.follow(context, spec.commandLine().getOut(), () -> context.engine().restart(id, from));
            return end.state() == RunState.FINISHED ? 0 : 1;
        }
    }
}
