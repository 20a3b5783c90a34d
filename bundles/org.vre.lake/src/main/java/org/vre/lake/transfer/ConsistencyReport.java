package org.vre.lake.transfer;

import java.net.URI;
import java.util.List;

import org.vre.lake.Did;

/**
 * The comparison of an RSE's storage with the catalogue: {@code dark} files are on storage only (including
 * leftover temporary uploads), {@code lost} replicas are AVAILABLE in the catalogue but missing on storage,
 * {@code corrupted} ones differ in size or checksum.
 */
public record ConsistencyReport(String rse, URI root, long filesOnStorage, long replicasChecked, List<URI> dark,
        List<Problem> lost, List<Problem> corrupted) {

    public ConsistencyReport {
        dark = List.copyOf(dark);
        lost = List.copyOf(lost);
        corrupted = List.copyOf(corrupted);
    }

    /** One replica that is not what the catalogue says. */
    public record Problem(Did did, URI pfn, String reason) {
    }

    public boolean isConsistent() {
        return dark.isEmpty() && lost.isEmpty() && corrupted.isEmpty();
    }
}
