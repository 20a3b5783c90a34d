package org.vre.cli.transfer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

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

/** {@code vre upload}: write files to an RSE, verify them and register them AVAILABLE, like {@code rucio upload}. */
@Command(name = "upload", description = "Upload files to an RSE, verify size and checksums, register them AVAILABLE.")
public final class UploadCommand extends TransferVerb {

    @Option(names = "--rse", required = true, paramLabel = "RSE", description = "RSE name or expression.")
    String rse;

    @Option(names = "--scope", required = true, description = "Scope of the new DIDs.")
    String scope;

    @Option(names = "--dataset", paramLabel = "SCOPE:NAME", description = "Attach the files to this dataset (created if missing).")
    String dataset;

    @Option(names = "--name", description = "DID name for a single file (default: the file name).")
    String name;

    @Option(names = "--guid", description = "GUID attribute for a single file.")
    String guid;

    @Option(names = "--pfn", paramLabel = "PATH|URL",
            description = "Where a single file goes on a non-deterministic RSE: a path under its prefix, or a full PFN.")
    String pfn;

    @Option(names = "--protocol", paramLabel = "SCHEME", description = "Only write with this protocol (e.g. davs).")
    List<String> protocols;

    @Option(names = "--no-md5", description = "Compute adler32 only (md5 costs CPU on very large files).")
    boolean noMd5;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to upload.")
    List<Path> files;

    @Override
    int run(CatalogService catalog, StorageRegistry storages, String account, PrintWriter out, PrintWriter err) {
        UploadRequest request = new UploadRequest(files, scope, rse, dataset == null ? null : Did.parse(dataset), name,
                guid, protocols == null ? Set.of() : Set.copyOf(protocols), pfn);
        TransferSettings defaults = TransferSettings.defaults();
        TransferSettings settings = new TransferSettings(defaults.transferTimeout(), 0, defaults.speedGrace(), 1,
                defaults.attemptsPerReplica(), defaults.backoff(), true, !noMd5, true);
        ConsoleProgress progress = new ConsoleProgress(err, !json.json);
        UploadResult result = new UploadOperation(catalog, storages, account, settings, request).run(progress);
        progress.end();
        if (json.json) {
            TransferJson.print(out, result.files().stream().map(TransferJson::upload).toList());
        } else {
            for (UploadedFile f : result.files()) {
                switch (f.status()) {
                    case UPLOADED -> out.printf("%s uploaded to %s (%d bytes, adler32 %s%s)%n", f.did(), f.rse(),
                            f.bytes(), f.adler32(), f.md5() == null ? "" : ", md5 " + f.md5());
                    case ALREADY_THERE -> out.printf("%s is already on %s with the same content: skipped%n", f.did(), f.rse());
                    case FAILED -> err.printf("vre: %s: upload failed: %s%n", f.source(), f.error());
                }
            }
        }
        return result.failures().isEmpty() ? 0 : 1;
    }
}
