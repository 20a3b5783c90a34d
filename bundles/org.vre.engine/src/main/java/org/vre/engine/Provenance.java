package org.vre.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What is needed to know, later, exactly what a run did: kept with every run ({@code provenance.json} in its
 * folder), ready to be preserved with the results.
 *
 * @param specificationSha256 hash of the specification text as run
 * @param gitCommit           the analysis folder's commit when it is a git repository (null otherwise)
 * @param gitDirty            true when that folder had uncommitted changes
 * @param executors           the executors used, each with where it ran ({@code local on host pc42 ...})
 */
public record Provenance(String runId, String specificationFile, String specificationSha256, String specificationText,
        Map<String, String> parameters, List<FileRecord> inputs, List<String> images, List<String> executors,
        String host, String vreVersion, String gitCommit, boolean gitDirty, Instant started, Instant ended,
        List<FileRecord> outputs) {

    public Provenance {
        parameters = Map.copyOf(parameters);
        inputs = List.copyOf(inputs);
        images = List.copyOf(images);
        executors = List.copyOf(executors);
        outputs = List.copyOf(outputs);
    }

    /**
     * One file going in or out.
     *
     * @param name   the path relative to the workspace
     * @param source where it came from: {@code file:<path>} for a staged file, {@code did:<scope:name>} for a DID
     *               fetched from the lake, {@code output} for a result
     */
    public record FileRecord(String name, String source, long bytes, String adler32, String sha256) {
    }
}
