package org.vre.lake.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.vre.core.VreException;
import org.vre.lake.Did;

/**
 * What to upload, like {@code rucio upload}: local files into {@code scope} on an RSE chosen from
 * {@code rseExpression}, optionally attached to {@code dataset} (created when missing).
 *
 * @param name the DID name for a single file (null: the file's own name)
 * @param guid an optional GUID attribute (single file)
 * @param schemes protocols allowed for writing, best first among the RSE's own ranking (empty: any known)
 * @param pfn     where the file goes on a non-deterministic RSE: a path under the RSE's prefix or a full PFN
 *                (single file; null on deterministic RSEs, whose paths come from the DID)
 */
public record UploadRequest(List<Path> files, String scope, String rseExpression, Did dataset, String name,
        String guid, Set<String> schemes, String pfn) {

    public UploadRequest {
        files = List.copyOf(files);
        schemes = schemes == null ? Set.of() : Set.copyOf(schemes);
        if (files.isEmpty()) {
            throw new VreException("upload: no files given");
        }
        if (scope == null || scope.isBlank()) {
            throw new VreException("upload: --scope is required");
        }
        if (rseExpression == null || rseExpression.isBlank()) {
            throw new VreException("upload: --rse is required (an RSE name or expression)");
        }
        if ((name != null || guid != null || pfn != null) && files.size() > 1) {
            throw new VreException("upload: --name, --guid and --pfn apply to a single file, " + files.size()
                    + " were given");
        }
    }

    public UploadRequest(List<Path> files, String scope, String rseExpression, Did dataset, String name, String guid,
            Set<String> schemes) {
        this(files, scope, rseExpression, dataset, name, guid, schemes, null);
    }

    public static UploadRequest of(String scope, String rseExpression, Path... files) {
        return new UploadRequest(List.of(files), scope, rseExpression, null, null, null, Set.of());
    }

    public UploadRequest withDataset(Did newDataset) {
        return new UploadRequest(files, scope, rseExpression, newDataset, name, guid, schemes, pfn);
    }

    public UploadRequest withPfn(String newPfn) {
        return new UploadRequest(files, scope, rseExpression, dataset, name, guid, schemes, newPfn);
    }
}
