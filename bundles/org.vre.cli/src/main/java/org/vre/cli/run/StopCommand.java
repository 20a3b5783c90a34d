package org.vre.cli.run;

import java.util.concurrent.Callable;

import org.vre.engine.RunStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vre stop [RUN]}: asks the process running it to stop; its jobs are killed and it ends {@code stopped}. */
@Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop a running run.")
public final class StopCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "RUN", description = "Run id (default: the latest run started here).")
    String runId;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunStore store = RunContext.store();
        String id = RunContext.resolve(store, runId).id();
        try (RunContext.Engine context = RunContext.open()) {
            context.engine().stop(id);
        }
        spec.commandLine().getOut().println("asked run " + id + " to stop");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
