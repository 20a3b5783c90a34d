package org.vre.engine.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.vre.core.Progress;
import org.vre.core.VreException;
import org.vre.engine.DidFetcher;
import org.vre.engine.Provenance.FileRecord;
import org.vre.workflow.model.Inputs;

/**
 * Puts a run's inputs into its workspace: files and folders from the analysis folder are copied under the same
 * relative path; {@code scope:name} entries that are not local files are fetched from the lake.
 */
public final class InputStaging {

    private static final Pattern DID = Pattern.compile("[A-Za-z0-9_.\\-]{1,25}:[^/\\s][^\\s]*");

    private final DidFetcher fetcher;

    public InputStaging(DidFetcher fetcher) {
        this.fetcher = fetcher;
    }

    public List<FileRecord> stage(Inputs inputs, String source, Path analysisDirectory, Path workspace,
            Progress progress) {
        List<FileRecord> staged = new ArrayList<>();
        if (inputs == null) {
            return staged;
        }
        for (String entry : inputs.getFiles()) {
            Path local = inside(analysisDirectory, entry, source, "inputs.files");
            if (local != null && Files.isRegularFile(local)) {
                Path target = workspace.resolve(entry).normalize();
                FileTrees.copy(local, target);
                staged.add(record(entry, "file:" + local, target));
            } else if (DID.matcher(entry).matches()) {
                if (fetcher == null) {
                    throw new VreException(source + ": inputs.files: '" + entry + "' is a DID but no lake is configured"
                            + " for this run (set VRE_LAKE)");
                }
                staged.addAll(fetcher.fetch(entry, workspace, progress));
            } else {
                throw new VreException(source + ": inputs.files: '" + entry + "' is neither a file in "
                        + analysisDirectory + " nor a scope:name DID");
            }
        }
        for (String entry : inputs.getDirectories()) {
            Path local = inside(analysisDirectory, entry, source, "inputs.directories");
            if (local == null || !Files.isDirectory(local)) {
                throw new VreException(source + ": inputs.directories: '" + entry + "' is not a folder in "
                        + analysisDirectory);
            }
            Path target = workspace.resolve(entry).normalize();
            FileTrees.copy(local, target);
            try (Stream<Path> files = Files.walk(target)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = workspace.relativize(f).toString();
                    staged.add(record(name, "file:" + analysisDirectory.resolve(name), f));
                }
            } catch (IOException e) {
                throw new VreException("cannot list " + target + ": " + e.getMessage());
            }
        }
        return staged;
    }

    /** The entry inside the analysis folder; an absolute path or one climbing out of it is refused. */
    private static Path inside(Path analysisDirectory, String entry, String source, String field) {
        if (entry.isBlank() || entry.indexOf('\0') >= 0) {
            throw new VreException(source + ": " + field + ": an empty entry");
        }
        Path relative = Path.of(entry);
        if (relative.isAbsolute() || relative.normalize().startsWith("..")) {
            throw new VreException(source + ": " + field + ": '" + entry
                    + "' must be a path inside the analysis folder (no absolute paths, no '..')");
        }
        if (entry.contains(":") && !Files.exists(analysisDirectory.resolve(relative))) {
            return null;
        }
        return analysisDirectory.resolve(relative).normalize();
    }

    static FileRecord record(String name, String origin, Path file) {
        FileChecksums.Sums sums = FileChecksums.of(file);
        return new FileRecord(name, origin, sums.bytes(), sums.adler32(), sums.sha256());
    }
}
