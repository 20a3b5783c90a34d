package org.vre.lake;

import java.util.List;

/**
 * A file and every way to read it: PFNs over all its replicas and protocols, best read priority first
 * (then RSE name), the answer of Rucio's {@code list-replicas}.
 */
public record FileReplicas(Did did, Long bytes, String adler32, String md5, List<Pfn> pfns) {

    public FileReplicas {
        pfns = List.copyOf(pfns);
    }
}
