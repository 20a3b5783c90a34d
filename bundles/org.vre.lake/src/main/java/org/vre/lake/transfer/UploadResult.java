package org.vre.lake.transfer;

import java.util.List;
import java.util.stream.Collectors;

import org.vre.core.VreException;

/** Per-file outcomes of an upload, in the order the files were given. */
public record UploadResult(List<UploadedFile> files) {

    public UploadResult {
        files = List.copyOf(files);
    }

    public List<UploadedFile> failures() {
        return files.stream().filter(f -> f.status() == UploadedFile.Status.FAILED).toList();
    }

    /** Throws one error naming every failed file; returns this when all succeeded. */
    public UploadResult throwIfFailed() {
        List<UploadedFile> failed = failures();
        if (!failed.isEmpty()) {
            throw new VreException(failed.size() + " of " + files.size() + " uploads failed: " + failed.stream()
                    .map(f -> f.source() + ": " + f.error()).collect(Collectors.joining("; ")));
        }
        return this;
    }
}
