package org.vre.ui.lake;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.DidDetails;
import org.vre.lake.FileReplicas;
import org.vre.lake.Pfn;
import org.vre.lake.Rule;

/** Everything the Properties view shows about one DID, read together in a job. */
record DidInfo(DidDetails details, Map<String, Object> metadata, List<Pfn> pfns, List<Rule> rules, List<Did> parents) {

    /** Reads it (I/O: jobs only). Replicas are listed for files only: a dataset's would be one per file. */
    static DidInfo read(CatalogService catalog, Did did) {
        DidDetails details = catalog.did(did);
        List<Pfn> pfns = List.of();
        if (!details.type().isCollection()) {
            try (Stream<FileReplicas> replicas = catalog.listReplicas(did, Set.of())) {
                pfns = replicas.flatMap(file -> file.pfns().stream()).toList();
            }
        }
        return new DidInfo(details, catalog.metadata(did), pfns, catalog.listRules(did, null), catalog.listParents(did));
    }
}
