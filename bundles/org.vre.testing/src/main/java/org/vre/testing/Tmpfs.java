package org.vre.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny tmpfs mounted (as root) on a folder, to fill a disk for real: writes beyond its size fail with ENOSPC,
 * exactly as on a full storage server.
 */
public final class Tmpfs implements AutoCloseable {

    private final Path mountPoint;

    private Tmpfs(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts {@code sizeKiB} KiB on {@code mountPoint}, owned by {@code owner} (e.g. "root" or "www-data"). */
    public static Tmpfs mount(Path mountPoint, int sizeKiB, String owner) throws IOException {
        Commands.require("mount", "mount");
        Files.createDirectories(mountPoint);
        Commands.run(null, "mount", "-t", "tmpfs", "-o", "size=" + sizeKiB + "k,mode=755", "tmpfs", mountPoint.toString());
        Commands.run(null, "chown", owner + ":" + owner, mountPoint.toString());
        return new Tmpfs(mountPoint);
    }

    public Path path() {
        return mountPoint;
    }

    @Override
    public void close() {
        Commands.run(null, "umount", mountPoint.toString());
    }
}
