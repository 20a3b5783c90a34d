package org.vre.lake;

import java.util.Map;

/** A file to register: its DID, size and checksums (any may be null when unknown) and metadata. */
public record NewFile(Did did, Long bytes, String adler32, String md5, String guid, Map<String, Object> metadata) {

    public NewFile {
        if (bytes != null && bytes < 0) {
            throw new org.vre.core.VreException("file " + did + ": bytes must not be negative, got " + bytes);
        }
        adler32 = Checksums.adler32(adler32);
        md5 = Checksums.md5(md5);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    public NewFile(Did did, Long bytes, String adler32) {
        this(did, bytes, adler32, null, null, Map.of());
    }
}
