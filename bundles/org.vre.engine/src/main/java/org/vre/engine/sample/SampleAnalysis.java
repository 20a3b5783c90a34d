package org.vre.engine.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.vre.core.Progress;
import org.vre.core.VreException;
import org.vre.lake.CatalogService;
import org.vre.lake.storage.StorageRegistry;
import org.vre.lake.transfer.TransferSettings;
import org.vre.lake.transfer.UploadOperation;
import org.vre.lake.transfer.UploadRequest;
import org.vre.lake.transfer.UploadResult;
import org.vre.lake.transfer.UploadedFile;

/**
 * The sample analysis shaped like the ESCAPE VRE demo (fetch the code from the lake, generate, fit, plot, upload the
 * plot): written into a folder, its code registered in the lake. {@code vre sample create} and the desktop's welcome
 * page both make it here.
 */
public final class SampleAnalysis {

    /** The plot the sample's {@code plot} step draws, relative to the run's workspace. */
    public static final String PLOT = "results/plot.png";

    private static final List<String> FILES = List.of("reana.yaml", "gendata.awk", "fitdata.awk", "README.md");

    private final String account;
    private final String rse;

    /**
     * @param account the lake account the inputs are registered under (their scope is {@code user.<account>})
     * @param rse     the storage element the inputs go to ({@code LOCAL} in the embedded lake)
     */
    public SampleAnalysis(String account, String rse) {
        this.account = account;
        this.rse = rse;
    }

    public String scope() {
        return "user." + account;
    }

    /** Writes {@code reana.yaml}, {@code README.md} and {@code code/*.awk} into {@code directory}. */
    public void write(Path directory) {
        if (Files.exists(directory.resolve("reana.yaml"))) {
            throw new VreException(directory.resolve("reana.yaml") + " exists already: choose an empty folder");
        }
        try {
            Path code = Files.createDirectories(directory.resolve("code"));
            for (String name : FILES) {
                String text = resource(name).replace("@SCOPE@", scope()).replace("@RSE@", rse);
                Path target = name.endsWith(".awk") ? code.resolve(name) : directory.resolve(name);
                Files.writeString(target, text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new VreException("cannot write the sample analysis into " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Uploads the sample's code (written by {@link #write}) to the lake, where its first step fetches it.
     *
     * @return one line per file: {@code registered user.x:gendata.awk on LOCAL}
     */
    public List<String> registerInputs(Path directory, CatalogService catalog, StorageRegistry storages,
            Progress progress) {
        Path code = directory.resolve("code");
        UploadResult result = new UploadOperation(catalog, storages, account, TransferSettings.defaults(),
                UploadRequest.of(scope(), rse, code.resolve("gendata.awk"), code.resolve("fitdata.awk"))).run(progress);
        List<String> lines = new ArrayList<>();
        for (UploadedFile f : result.files()) {
            if (f.status() == UploadedFile.Status.FAILED) {
                throw new VreException("cannot register " + f.source() + " in the lake: " + f.error());
            }
            lines.add("registered " + f.did() + " on " + f.rse()
                    + (f.status() == UploadedFile.Status.ALREADY_THERE ? " (already there)" : ""));
        }
        return lines;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SampleAnalysis.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new VreException("the sample file " + name + " is missing from this installation");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
