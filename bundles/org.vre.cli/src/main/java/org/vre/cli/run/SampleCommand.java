package org.vre.cli.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.vre.cli.lake.LakeOptions;
import org.vre.cli.transfer.StorageProtocols;
import org.vre.core.Progress;
import org.vre.core.VreException;
import org.vre.lake.CatalogService;
import org.vre.lake.storage.StorageRegistry;
import org.vre.lake.transfer.TransferSettings;
import org.vre.lake.transfer.UploadOperation;
import org.vre.lake.transfer.UploadRequest;
import org.vre.lake.transfer.UploadResult;
import org.vre.lake.transfer.UploadedFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vre sample create DIR}: writes the sample analysis and registers its code in the current lake. */
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

        private static final List<String> FILES = List.of("reana.yaml", "gendata.awk", "fitdata.awk", "README.md");

        @Parameters(arity = "1", paramLabel = "DIR")
        Path directory;

        @Option(names = "--rse", defaultValue = "LOCAL", description = "Where to upload the inputs (default: LOCAL).")
        String rse;

        @Mixin
        LakeOptions lake;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (Files.exists(directory.resolve("reana.yaml"))) {
                throw new VreException(directory.resolve("reana.yaml") + " exists already: choose an empty folder");
            }
            PrintWriter out = spec.commandLine().getOut();
            String scope = "user." + lake.account();
            Path code = directory.resolve("code");
            Files.createDirectories(code);
            for (String name : FILES) {
                String text = resource(name).replace("@SCOPE@", scope).replace("@RSE@", rse);
                Path target = name.endsWith(".awk") ? code.resolve(name) : directory.resolve(name);
                Files.writeString(target, text, StandardCharsets.UTF_8);
            }
            try (CatalogService catalog = lake.open();
                    StorageRegistry storages = StorageProtocols.registry(null, java.time.Duration.ofSeconds(60))) {
                UploadResult result = new UploadOperation(catalog, storages, lake.account(), TransferSettings.defaults(),
                        UploadRequest.of(scope, rse, code.resolve("gendata.awk"), code.resolve("fitdata.awk")))
                        .run(Progress.NONE);
                for (UploadedFile f : result.files()) {
                    if (f.status() == UploadedFile.Status.FAILED) {
                        throw new VreException("cannot register " + f.source() + " in the lake: " + f.error());
                    }
                    out.println("registered " + f.did() + " on " + f.rse()
                            + (f.status() == UploadedFile.Status.ALREADY_THERE ? " (already there)" : ""));
                }
            }
            out.println("sample analysis written to " + directory + ": cd " + directory + " && vre run --follow");
            out.flush();
            return 0;
        }

        private static String resource(String name) throws IOException {
            try (InputStream in = SampleCommand.class.getResourceAsStream("sample/" + name)) {
                if (in == null) {
                    throw new VreException("the sample file " + name + " is missing from this installation");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
