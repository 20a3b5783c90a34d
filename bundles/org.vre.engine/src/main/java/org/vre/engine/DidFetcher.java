package org.vre.engine;

import java.nio.file.Path;
import java.util.List;

import org.vre.core.Progress;

/**
 * Fetches a {@code scope:name} DID named in {@code inputs.files} into a run's workspace (as
 * {@code <workspace>/<scope>/<name>}, where {@code rucio get} puts it), checksums verified.
 */
@FunctionalInterface
public interface DidFetcher {

    /** The files fetched (a dataset or container gives several); throws a VreException saying what failed. */
    List<Provenance.FileRecord> fetch(String did, Path workspace, Progress progress);
}
