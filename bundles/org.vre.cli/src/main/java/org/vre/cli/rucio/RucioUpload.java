package org.vre.cli.rucio;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.vre.core.Progress;
import org.vre.core.VreException;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.storage.StorageRegistry;
import org.vre.lake.transfer.TransferSettings;
import org.vre.lake.transfer.UploadOperation;
import org.vre.lake.transfer.UploadRequest;
import org.vre.lake.transfer.UploadResult;
import org.vre.lake.transfer.UploadedFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rucio upload --rse RSE [--scope S] FILE... [SCOPE:DATASET]}: an argument that is not a local path but a
 * DID names the dataset to attach to, as in Rucio.
 */
@Command(name = "upload", description = "Upload files (and attach them to a dataset given as SCOPE:NAME).")
final class RucioUpload extends RucioVerb {

    @Option(names = "--rse", required = true, description = "RSE name or expression.")
    String rse;

    @Option(names = "--scope", description = "Scope (default: user.<account>).")
    String scope;

    @Option(names = "--name", description = "DID name for a single file.")
    String name;

    @Option(names = "--guid", description = "GUID for a single file.")
    String guid;

    @Option(names = "--protocol", description = "Only write with this protocol.")
    String protocol;

    @Option(names = "--pfn", description = "The PFN (or path under the RSE's prefix) of a single file on a non-deterministic RSE.")
    String pfn;

    @Option(names = {"--recursive", "-r"}, description = "Upload the files inside directories.")
    boolean recursive;

    @Option(names = "--lifetime", description = "Accepted for compatibility: keep replicas with a rule lifetime instead.")
    Long lifetime;

    @Option(names = "--register-after-upload", description = "Always the case here: registration follows verification.")
    boolean registerAfterUpload;

    @Option(names = "--summary", description = "Write rucio_upload.json with what was uploaded.")
    boolean summary;

    @Option(names = "--transfer-timeout", description = "Accepted for compatibility.")
    Long transferTimeout;

    @Parameters(paramLabel = "ARGS", arity = "1..*")
    List<String> args;

    @Override
    int run(CatalogService catalog, StorageRegistry storages, String account, PrintWriter out, PrintWriter err) {
        List<Path> files = new ArrayList<>();
        Did dataset = null;
        for (String arg : args) {
            Path path = Path.of(arg);
            if (Files.exists(path)) {
                files.addAll(expand(path));
            } else if (arg.contains(":")) {
                dataset = Did.parse(arg);
            } else {
                throw new VreException("upload: " + arg + " is neither a file nor a SCOPE:NAME dataset");
            }
        }
        String effectiveScope = scope != null ? scope : "user." + account;
        UploadRequest request = new UploadRequest(files, effectiveScope, rse, dataset, name, guid,
                protocol == null ? Set.of() : Set.of(protocol), pfn);
        UploadResult result = new UploadOperation(catalog, storages, account, TransferSettings.defaults(), request)
                .run(Progress.NONE);
        for (UploadedFile f : result.files()) {
            switch (f.status()) {
                case UPLOADED -> out.println("Successfully uploaded file " + f.source().getFileName() + " as " + f.did()
                        + " to " + f.rse());
                case ALREADY_THERE -> out.println("File " + f.did() + " already exists on RSE " + f.rse() + ". Skipping.");
                case FAILED -> err.println("ERROR\tFailed to upload file " + f.source() + ": " + f.error());
            }
        }
        if (summary) {
            writeSummary(result);
        }
        return result.failures().isEmpty() ? 0 : 1;
    }

    private List<Path> expand(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        if (!recursive) {
            throw new VreException("upload: " + path + " is a directory: add --recursive");
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new VreException("upload: cannot list " + path + ": " + e.getMessage());
        }
    }

    private static void writeSummary(UploadResult result) {
        StringBuilder json = new StringBuilder("{");
        boolean first = true;
        for (UploadedFile f : result.files()) {
            if (f.status() == UploadedFile.Status.FAILED) {
                continue;
            }
            json.append(first ? "" : ",").append('"').append(f.did()).append("\":{\"scope\":\"").append(f.did().scope())
                    .append("\",\"name\":\"").append(f.did().name()).append("\",\"rse\":\"").append(f.rse())
                    .append("\",\"bytes\":").append(f.bytes()).append(",\"adler32\":\"").append(f.adler32()).append("\"}");
            first = false;
        }
        try {
            Files.writeString(Path.of("rucio_upload.json"), json.append('}').toString());
        } catch (IOException e) {
            throw new VreException("cannot write rucio_upload.json: " + e.getMessage());
        }
    }
}
