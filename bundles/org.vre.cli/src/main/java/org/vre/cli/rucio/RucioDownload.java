package org.vre.cli.rucio;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.vre.core.Progress;
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

/** {@code rucio download} / {@code rucio get}. */
@Command(name = "download", aliases = "get", description = "Download DIDs into DIR/SCOPE/NAME, verifying checksums.")
final class RucioDownload extends RucioVerb {

    @Option(names = "--dir", defaultValue = ".", description = "Target folder.")
    Path dir;

    @Option(names = {"--rses", "--rse"}, description = "RSE expression to read from.")
    String rses;

    @Option(names = "--protocol", description = "Only read with this protocol.")
    String protocol;

    @Option(names = "--ndownloader", defaultValue = "3", description = "Parallel files.")
    int ndownloader;

    @Option(names = "--no-subdir", description = "No SCOPE subfolder.")
    boolean noSubdir;

    @Option(names = "--transfer-timeout", description = "Seconds per file.")
    Long transferTimeout;

    @Option(names = "--transfer-speed-timeout", description = "Minimum average speed in kB/s.")
    Long speedKbps;

    @Option(names = "--ignore-checksum", description = "Check sizes only.")
    boolean ignoreChecksum;

    @Option(names = "--check-local-with-filesize-only", description = "Accepted for compatibility.")
    boolean filesizeOnly;

    @Option(names = "--allow-tape", description = "Accepted for compatibility.")
    boolean allowTape;

    @Parameters(paramLabel = "DIDs", arity = "1..*")
    List<String> dids;

    @Override
    Duration readTimeout() {
        return transferTimeout == null ? super.readTimeout() : Duration.ofSeconds(Math.min(transferTimeout, 60));
    }

    @Override
    int run(CatalogService catalog, StorageRegistry storages, String account, PrintWriter out, PrintWriter err) {
        TransferSettings settings = TransferSettings.defaults().withParallelFiles(ndownloader)
                .withVerifyChecksums(!ignoreChecksum);
        if (transferTimeout != null) {
            settings = settings.withTransferTimeout(Duration.ofSeconds(transferTimeout));
        }
        if (speedKbps != null) {
            settings = settings.withMinimumSpeed(speedKbps * 1000, Duration.ofSeconds(10));
        }
        DownloadResult result = new DownloadOperation(catalog, storages, account, settings,
                new DownloadRequest(dids.stream().map(Did::parse).toList(), dir, noSubdir, rses,
                        protocol == null ? Set.of() : Set.of(protocol))).run(Progress.NONE);
        int ok = 0;
        int already = 0;
        for (DownloadedFile f : result.files()) {
            switch (f.status()) {
                case DOWNLOADED -> {
                    ok++;
                    out.println("File " + f.did() + " successfully downloaded. " + f.bytes() + " bytes from " + f.rse());
                }
                case ALREADY_THERE -> {
                    already++;
                    out.println("File " + f.did() + " already exists locally");
                }
                case FAILED -> err.println("ERROR\tFailed to download file " + f.did() + ": " + f.error());
            }
        }
        out.println("----------------------------------");
        out.println("Download summary");
        out.println("----------------------------------------");
        out.println("DID " + String.join(", ", dids));
        out.println("Total files (DID):                            " + result.files().size());
        out.println("Downloaded files:                             " + ok);
        out.println("Files already found locally:                  " + already);
        out.println("Files that cannot be downloaded:              " + result.failures().size());
        return result.failures().isEmpty() ? 0 : 1;
    }
}
