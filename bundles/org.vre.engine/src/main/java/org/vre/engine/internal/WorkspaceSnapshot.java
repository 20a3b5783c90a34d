package org.vre.engine.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.vre.core.VreException;

/**
 * The checksums of every file in a workspace, for the step cache. Files whose size and modification time did not
 * change since the last snapshot are not read again.
 */
public final class WorkspaceSnapshot {

    private record Known(long size, long modified, String sha256) {
    }

    private final Map<Path, Known> known = new ConcurrentHashMap<>();

    /** Relative path to sha256, sorted. */
    public Map<String, String> take(Path workspace) {
        Map<String, String> sums = new TreeMap<>();
        try {
            Files.walkFileTree(workspace, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isRegularFile()) {
                        return FileVisitResult.CONTINUE;
                    }
                    long modified = attrs.lastModifiedTime().toMillis();
                    Known k = known.get(file);
                    if (k == null || k.size() != attrs.size() || k.modified() != modified) {
                        k = new Known(attrs.size(), modified, FileChecksums.of(file).sha256());
                        known.put(file, k);
                    }
                    sums.put(workspace.relativize(file).toString(), k.sha256());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new VreException("cannot read the workspace " + workspace + ": " + e.getMessage());
        }
        return sums;
    }
}
