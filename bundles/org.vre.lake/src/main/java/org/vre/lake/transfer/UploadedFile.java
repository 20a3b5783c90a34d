package org.vre.lake.transfer;

import java.net.URI;
import java.nio.file.Path;

import org.vre.lake.Did;

/** The outcome for one uploaded file; {@code error} is set when {@code status} is FAILED. */
public record UploadedFile(Did did, Path source, String rse, URI pfn, long bytes, String adler32, String md5,
        Status status, String error) {

    public enum Status {
        /** Written, verified and registered AVAILABLE. */
        UPLOADED,
        /** The same bytes were registered on that RSE already: nothing was sent. */
        ALREADY_THERE,
        /** Nothing was registered and no temporary file is left; the same upload can be retried. */
        FAILED
    }
}
