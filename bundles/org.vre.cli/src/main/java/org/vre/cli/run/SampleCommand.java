package org.vre.cli.run;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.vre.cli.lake.LakeOptions;
import org.vre.cli.transfer.StorageProtocols;
import org.vre.core.Progress;
import org.vre.engine.sample.SampleAnalysis;
import org.vre.lake.CatalogService;
import org.vre.lake.storage.StorageRegistry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vre sample create DIR}: writes the sample analysis ({@link SampleAnalysis}) and registers its code in the current lake. */
@Command(name = "sample", mixinStandardHelpOptions = true, description = "Sample analyses to try the workbench with.",
        subcommands = SampleCommand.Create.class)
public final class SampleCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Write the sample analysis (reana.yaml and its code) into DIR and upload its inputs to the lake.")
    static final class Create implements Callable<Integer> {

        @Parameters(arity = "1", paramLabel = "DIR")
        Path directory;

        @Option(names = "--rse", defaultValue = "LOCAL", description = "Where to upload the inputs (default: LOCAL).")
        String rse;

        @Mixin
        LakeOptions lake;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            SampleAnalysis sample = new SampleAnalysis(lake.account(), rse);
            sample.write(directory);
            try (CatalogService catalog = lake.open();
                    StorageRegistry storages = StorageProtocols.registry(null, java.time.Duration.ofSeconds(60))) {
                sample.registerInputs(directory, catalog, storages, Progress.NONE).forEach(out::println);
            }
            out.println("sample analysis written to " + directory + ": cd " + directory + " && vre run --follow");
            out.flush();
            return 0;
        }
    }
}
