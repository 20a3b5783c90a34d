package org.vre.cli.rucio;

import java.io.PrintWriter;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.FileReplicas;
import org.vre.lake.Pfn;
import org.vre.lake.ReplicaState;
import org.vre.lake.Rse;
import org.vre.lake.storage.StorageRegistry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rucio list-file-replicas DID... [--pfns] [--protocols P] [--rses EXPR] [--all-states]}. */
@Command(name = "list-file-replicas", description = "List the replicas of the files below DIDs.")
final class RucioListFileReplicas extends RucioVerb {

    @Parameters(paramLabel = "DIDs", arity = "1..*")
    java.util.List<String> dids;

    @Option(names = "--pfns", description = "Print only the PFNs, one per line.")
    boolean pfnsOnly;

    @Option(names = "--protocols", description = "Comma-separated schemes, e.g. davs,root.")
    String protocols;

    @Option(names = "--rses", description = "Only replicas on RSEs this expression selects.")
    String rses;

    @Option(names = "--all-states", description = "Also replicas that are not AVAILABLE.")
    boolean allStates;

    @Override
    int run(CatalogService catalog, StorageRegistry storages, String account, PrintWriter out, PrintWriter err) {
        Set<String> schemes = protocols == null ? Set.of() : Set.of(protocols.split(","));
        Set<String> allowed = rses == null ? null
                : catalog.listRses(rses).stream().map(Rse::name).collect(Collectors.toSet());
        Table table = new Table("SCOPE", "NAME", "FILESIZE", "ADLER32", "RSE: REPLICA");
        for (String text : dids) {
            try (Stream<FileReplicas> files = catalog.listReplicas(Did.parse(text), schemes)) {
                files.forEach(f -> {
                    for (Pfn pfn : f.pfns()) {
                        if ((!allStates && pfn.state() != ReplicaState.AVAILABLE)
                                || (allowed != null && !allowed.contains(pfn.rse()))) {
                            continue;
                        }
                        if (pfnsOnly) {
                            out.println(pfn.uri());
                        } else {
                            table.add(f.did().scope(), f.did().name(), size(f.bytes()), f.adler32(),
                                    pfn.rse() + ": " + pfn.uri());
                        }
                    }
                });
            }
        }
        if (!pfnsOnly) {
            table.print(out);
        }
        return 0;
    }

    /** Rucio prints sizes in decimal units: 1.500 MB. */
    static String size(Long bytes) {
        if (bytes == null) {
            return "";
        }
        String[] units = {"B", "kB", "MB", "GB", "TB", "PB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(java.util.Locale.ROOT, "%.3f %s", value, units[unit]);
    }
}
