package org.vre.cli.run;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.vre.cli.JsonOption;
import org.vre.engine.JobRun;
import org.vre.engine.ResourceUsage;
import org.vre.engine.Run;
import org.vre.engine.RunStore;
import org.vre.engine.StepRun;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vre status [RUN] [--json]}: the run, its steps and jobs with their resource usage. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show a run's state, steps, jobs and usage.")
public final class StatusCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "RUN", description = "Run id (default: the latest run started here).")
    String runId;

    @Mixin
    JsonOption json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RunStore store = RunContext.store();
        Run run = RunContext.resolve(store, runId);
        PrintWriter out = spec.commandLine().getOut();
        if (json.json) {
            out.println(RunStore.toJson(run));
            out.flush();
            return 0;
        }
        out.printf("%s  %s  %s jobs  created %s%n", run.id(), run.state().label(), run.progress(), run.created());
        if (run.message() != null) {
            out.println("  " + run.message());
        }
        for (StepRun step : run.steps()) {
            out.printf("  %-20s %-9s %s%s%n", step.name(), step.state().label(), step.backend(),
                    step.cached() ? " (cached)" : step.message() == null ? "" : " (" + step.message() + ")");
            for (JobRun job : step.jobs()) {
                ResourceUsage u = job.usage();
                // a batch system's job id and node (slurm:42 on n12), what scancel or the admins need
                String where = job.externalId() == null || job.externalId().startsWith("pid:") ? ""
                        : job.externalId() + (job.host() == null ? "" : " on " + job.host()) + "  ";
                out.printf("    %-24s %-9s %swall %s  cpu %s  peak %s  read %s  written %s%s%n", job.id(),
                        job.state().label(), where, millis(u.wallMillis()), millis(u.cpuMillis()),
                        bytes(u.peakRssBytes()), bytes(u.readBytes()), bytes(u.writtenBytes()),
                        job.message() == null ? "" : "  " + job.message());
            }
        }
        out.flush();
        return 0;
    }

    private static String millis(long ms) {
        return ms < 0 ? "-" : ms < 10_000 ? ms + "ms" : String.format("%.1fs", ms / 1000.0);
    }

    private static String bytes(long b) {
        if (b < 0) {
            return "-";
        }
        return b < 1024 * 1024 ? String.format("%.1fKiB", b / 1024.0) : String.format("%.1fMiB", b / 1048576.0);
    }
}
