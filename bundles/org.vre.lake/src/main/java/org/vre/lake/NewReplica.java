package org.vre.lake;

import java.util.Map;

/**
 * A replica whose bytes are already in place and verified, registered AVAILABLE in one transaction together with
 * its file DID (created if missing, else checked against {@code bytes}/checksums) and, if given, its attachment
 * to {@code dataset}. {@code path} is required on non-deterministic RSEs and must be null on deterministic ones.
 */
public record NewReplica(Did did, long bytes, String adler32, String md5, String guid, Did dataset, String path,
        Map<String, Object> metadata) {

    public NewReplica {
        if (bytes < 0) {
            throw new org.vre.core.VreException("replica " + did + ": bytes must not be negative, got " + bytes);
        }
        adler32 = Checksums.adler32(adler32);
        md5 = Checksums.md5(md5);
        if (adler32 == null && md5 == null) {
            throw new org.vre.core.VreException("replica " + did + ": an AVAILABLE replica needs adler32 or md5");
        }
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    public NewReplica(Did did, long bytes, String adler32, String md5) {
        this(did, bytes, adler32, md5, null, null, null, Map.of());
    }
}
