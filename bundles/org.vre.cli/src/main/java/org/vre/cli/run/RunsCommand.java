package org.vre.cli.run;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.vre.cli.JsonOption;
import org.vre.engine.Run;
import org.vre.engine.RunStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vre runs list|delete}. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "List or delete runs.",
        subcommands = {RunsCommand.ListRuns.class, RunsCommand.DeleteRun.class})
public final class RunsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List runs, newest first.")
    static final class ListRuns implements Callable<Integer> {
        @Mixin
        JsonOption json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (json.json) {
                out.println("[" + String.join(",", RunContext.store().list().stream().map(RunStore::toJson).toList()) + "]");
            } else {
                out.printf("%-30s %-9s %-8s %-25s %s%n", "RUN", "STATUS", "JOBS", "CREATED", "FOLDER");
                for (Run run : RunContext.store().list()) {
                    out.printf("%-30s %-9s %-8s %-25s %s%n", run.id(), run.state().label(), run.progress(), run.created(),
                            run.analysisDirectory());
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a run with its workspace.")
    static final class DeleteRun implements Callable<Integer> {
        @Parameters(arity = "1", paramLabel = "RUN")
        String runId;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            RunContext.store().delete(runId);
            spec.commandLine().getOut().println("deleted run " + runId);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
