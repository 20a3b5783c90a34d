package org.vre.lake.transfer;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.vre.lake.Did;

/**
 * The outcome for one file. {@code problems} lists every replica that was tried and failed (RSE, PFN, reason),
 * also when a later one succeeded; {@code error} is set when {@code status} is FAILED.
 */
public record DownloadedFile(Did did, Path path, String rse, URI pfn, long bytes, String adler32, Status status,
        boolean resumed, List<String> problems, String error) {

    public DownloadedFile {
        problems = List.copyOf(problems);
    }

    public enum Status {
        /** Read, verified and renamed into place. */
        DOWNLOADED,
        /** The target file was there already with the right size and checksum. */
        ALREADY_THERE,
        /** No replica could be read; a {@code .part} may remain for a later resume. */
        FAILED
    }
}
