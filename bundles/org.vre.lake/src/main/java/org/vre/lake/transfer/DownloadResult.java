package org.vre.lake.transfer;

import java.util.List;
import java.util.stream.Collectors;

import org.vre.core.VreException;

/** Per-file outcomes of a download. */
public record DownloadResult(List<DownloadedFile> files) {

    public DownloadResult {
        files = List.copyOf(files);
    }

    public List<DownloadedFile> failures() {
        return files.stream().filter(f -> f.status() == DownloadedFile.Status.FAILED).toList();
    }

    /** Throws one error naming every failed file; returns this when all succeeded. */
    public DownloadResult throwIfFailed() {
        List<DownloadedFile> failed = failures();
        if (!failed.isEmpty()) {
            throw new VreException(failed.size() + " of " + files.size() + " downloads failed: " + failed.stream()
                    .map(f -> f.did() + ": " + f.error()).collect(Collectors.joining("; ")));
        }
        return this;
    }
}
