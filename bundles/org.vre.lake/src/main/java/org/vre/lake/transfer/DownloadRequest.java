package org.vre.lake.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.vre.core.VreException;
import org.vre.lake.Did;

/**
 * What to download, like {@code rucio get}: every file below the DIDs into {@code directory}/scope/name
 * ({@code noSubdir}: directly into {@code directory}).
 *
 * @param rseExpression only replicas on RSEs this selects (null: any)
 * @param schemes protocols allowed for reading (empty: any this client speaks), ranked by the RSEs' priorities
 */
public record DownloadRequest(List<Did> dids, Path directory, boolean noSubdir, String rseExpression,
        Set<String> schemes) {

    public DownloadRequest {
        dids = List.copyOf(dids);
        schemes = schemes == null ? Set.of() : Set.copyOf(schemes);
        if (dids.isEmpty()) {
            throw new VreException("download: no DIDs given");
        }
        if (directory == null) {
            throw new VreException("download: no target directory given");
        }
    }

    public static DownloadRequest of(Path directory, Did... dids) {
        return new DownloadRequest(List.of(dids), directory, false, null, Set.of());
    }
}
