package org.vre.cli.run;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.vre.cli.JsonOption;
import org.vre.core.VreException;
import org.vre.engine.Provenance;
import org.vre.engine.Run;
import org.vre.engine.RunStore;
import org.vre.engine.internal.FileTrees;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vre outputs ls|get}: a run's declared outputs with checksums, and copies of them (folders too). */
@Command(name = "outputs", mixinStandardHelpOptions = true, description = "List or download a run's outputs.",
        subcommands = {OutputsCommand.ListOutputs.class, OutputsCommand.GetOutputs.class})
public final class OutputsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static List<Provenance.FileRecord> outputs(RunStore store, Run run) {
        return store.provenance(run.id()).map(Provenance::outputs)
                .orElseThrow(() -> new VreException("run " + run.id() + " is " + run.state().label()
                        + ": its outputs are listed when it ends"));
    }

    @Command(name = "ls", mixinStandardHelpOptions = true, description = "List the outputs with sizes and checksums.")
    static final class ListOutputs implements Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "RUN")
        String runId;

        @Mixin
        JsonOption json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            RunStore store = RunContext.store();
            Run run = RunContext.resolve(store, runId);
            PrintWriter out = spec.commandLine().getOut();
            List<Provenance.FileRecord> files = outputs(store, run);
            if (json.json) {
                out.println("[" + String.join(",", files.stream().map(f -> String.format(
                        "{\"name\":\"%s\",\"bytes\":%d,\"adler32\":\"%s\",\"sha256\":\"%s\"}",
                        f.name().replace("\\", "\\\\").replace("\"", "\\\""), f.bytes(), f.adler32(), f.sha256()))
                        .toList()) + "]");
            } else {
                out.printf("%-40s %12s %-8s%n", "NAME", "SIZE", "ADLER32");
                files.forEach(f -> out.printf("%-40s %12d %-8s%n", f.name(), f.bytes(), f.adler32()));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true,
            description = "Copy outputs (all, or the files and folders named) to a folder.")
    static final class GetOutputs implements Callable<Integer> {
        @Parameters(arity = "0..*", paramLabel = "PATH", description = "Output files or folders (default: all).")
        List<String> paths = List.of();

        @Option(names = "--run", paramLabel = "RUN", description = "Run id (default: the latest run started here).")
        String runId;

        @Option(names = {"-o", "--output-directory"}, paramLabel = "DIR", defaultValue = ".",
                description = "Where to put them (default: the current folder).")
        Path target;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            RunStore store = RunContext.store();
            Run run = RunContext.resolve(store, runId);
            List<String> wanted = paths.isEmpty() ? outputs(store, run).stream().map(Provenance.FileRecord::name).toList()
                    : paths;
            for (String name : wanted) {
                Path source = run.workspace().resolve(name).normalize();
                if (!source.startsWith(run.workspace()) || !Files.exists(source)) {
                    throw new VreException("run " + run.id() + " has no output '" + name + "'");
                }
                FileTrees.copy(source, target.resolve(name).normalize());
                spec.commandLine().getOut().println("copied " + name + " to " + target.resolve(name).normalize());
            }
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
