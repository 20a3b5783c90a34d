package org.vre.cli.transfer;

import java.io.PrintWriter;

import org.vre.lake.CatalogService;
import org.vre.lake.storage.StorageRegistry;
import org.vre.lake.transfer.ConsistencyCheck;
import org.vre.lake.transfer.ConsistencyReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vre rse check RSE}: compare an RSE's storage with the catalogue (dark, lost, corrupted files). */
@Command(name = "check", description = "Compare an RSE's storage with the catalogue: dark, lost and corrupted files.")
public final class RseCheckCommand extends TransferVerb {

    @Parameters(paramLabel = "RSE")
    String rse;

    @Option(names = "--size-only", description = "Compare sizes only (no checksums: faster, misses flipped bytes).")
    boolean sizeOnly;

    @Option(names = "--declare-bad", description = "Declare lost and corrupted replicas BAD so rules heal them.")
    boolean declareBad;

    @Override
    int run(CatalogService catalog, StorageRegistry storages, String account, PrintWriter out, PrintWriter err) {
        ConsistencyReport report = new ConsistencyCheck(catalog, storages, account)
                .run(rse, !sizeOnly, declareBad, org.vre.core.Progress.NONE);
        if (json.json) {
            TransferJson.print(out, TransferJson.check(report));
        } else {
            out.printf("%s (%s): %d files on storage, %d replicas checked%n", report.rse(), report.root(),
                    report.filesOnStorage(), report.replicasChecked());
            report.dark().forEach(u -> out.println("  dark       " + u));
            report.lost().forEach(p -> out.println("  lost       " + p.did() + "  " + p.pfn()));
            report.corrupted().forEach(p -> out.println("  corrupted  " + p.did() + "  " + p.reason()));
            if (report.isConsistent()) {
                out.println("  consistent");
            }
        }
        return 0; // the check ran; what it found is in the report (and in the event log)
    }
}
