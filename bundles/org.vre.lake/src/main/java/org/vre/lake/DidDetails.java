package org.vre.lake;

import java.time.Instant;

/**
 * What the catalogue knows about one DID. For files {@code bytes}, {@code adler32}, {@code md5} and
 * {@code guid} describe the content; for collections {@code length} counts direct children and
 * {@code open} says whether content may still be attached.
 */
public record DidDetails(Did did, DidType type, String account, Long bytes, String adler32, String md5,
        String guid, boolean open, long length, Instant createdAt) {
}
