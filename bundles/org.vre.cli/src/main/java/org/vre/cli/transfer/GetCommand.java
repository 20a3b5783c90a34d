package org.vre.cli.transfer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.storage.StorageRegistry;
import org.vre.lake.transfer.DownloadOperation;
import org.vre.lake.transfer.DownloadRequest;
import org.vre.lake.transfer.DownloadResult;
import org.vre.lake.transfer.DownloadedFile;
import org.vre.lake.transfer.TransferSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vre get} (alias {@code download}): fetch files and verify their checksums, like {@code rucio get}. */
@Command(name = "get", aliases = "download",
        description = "Download the files of DIDs into DIR/SCOPE/NAME, verifying size and checksum; resumes .part files.")
public final class GetCommand extends TransferVerb {

    @Parameters(paramLabel = "SCOPE:NAME", arity = "1..*", description = "Files, datasets or containers.")
    List<String> dids;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".", description = "Target folder (default: current).")
    Path dir;

    @Option(names = "--no-subdir", description = "Write into DIR directly, not DIR/SCOPE.")
    boolean noSubdir;

    @Option(names = {"--rse", "--rses"}, paramLabel = "EXPRESSION", description = "Only read replicas on these RSEs.")
    String rses;

    @Option(names = "--protocol", paramLabel = "SCHEME", description = "Only read with this protocol (repeatable).")
    List<String> protocols;

    @Option(names = {"--parallel", "--ndownloader"}, defaultValue = "3", description = "Files at the same time (default 3).")
    int parallel;

    @Option(names = "--transfer-timeout", paramLabel = "SECONDS", description = "Give up a file after this long (default 3600).")
    Long transferTimeout;

    @Option(names = "--transfer-speed-timeout", paramLabel = "KBPS",
            description = "Abort a file slower than this average, in kB/s, after 10 s (as Rucio).")
    Long minimumKbps;

    @Option(names = "--ignore-checksum", description = "Check the size only (not recommended).")
    boolean ignoreChecksum;

    @Override
    Duration readTimeout() {
        return transferTimeout == null ? super.readTimeout() : Duration.ofSeconds(Math.min(transferTimeout, 60));
    }

    @Override
    int run(CatalogService catalog, StorageRegistry storages, String account, PrintWriter out, PrintWriter err) {
        TransferSettings settings = TransferSettings.defaults().withParallelFiles(parallel)
                .withVerifyChecksums(!ignoreChecksum);
        if (transferTimeout != null) {
            settings = settings.withTransferTimeout(Duration.ofSeconds(transferTimeout));
        }
        if (minimumKbps != null) {
            settings = settings.withMinimumSpeed(minimumKbps * 1000, Duration.ofSeconds(10));
        }
        DownloadRequest request = new DownloadRequest(dids.stream().map(Did::parse).toList(), dir, noSubdir, rses,
                protocols == null ? Set.of() : Set.copyOf(protocols));
        ConsoleProgress progress = new ConsoleProgress(err, !json.json);
        DownloadResult result = new DownloadOperation(catalog, storages, account, settings, request).run(progress);
        progress.end();
        if (json.json) {
            TransferJson.print(out, result.files().stream().map(TransferJson::download).toList());
        } else {
            for (DownloadedFile f : result.files()) {
                f.problems().forEach(p -> err.println("vre: warning: " + f.did() + ": " + p));
                switch (f.status()) {
                    case DOWNLOADED -> out.printf("%s -> %s (%d bytes from %s%s, checksum verified)%n", f.did(), f.path(),
                            f.bytes(), f.rse(), f.resumed() ? ", resumed" : "");
                    case ALREADY_THERE -> out.printf("%s is already at %s with the right checksum%n", f.did(), f.path());
                    case FAILED -> err.printf("vre: %s: download failed: %s%n", f.did(), f.error());
                }
            }
            if (result.files().isEmpty()) {
                out.println("no files below " + String.join(", ", dids));
            }
        }
        return result.failures().isEmpty() ? 0 : 1;
    }
}
