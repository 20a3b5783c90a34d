package org.vre.testing;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits for a file to appear by watching its directory (inotify), not by sleeping. */
public final class FileEvents {

    private FileEvents() {
    }

    public static void awaitNonEmpty(Path file, Duration timeout, Process owner) {
        await(file, timeout, owner, FileEvents::isNonEmpty);
    }

    /** Waits until {@code file} exists (a unix socket, an empty marker). */
    public static void awaitExists(Path file, Duration timeout, Process owner) {
        await(file, timeout, owner, Files::exists);
    }

    private static void await(Path file, Duration timeout, Process owner, java.util.function.Predicate<Path> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            file.getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            while (!done.test(file)) {
                if (owner != null && !owner.isAlive()) {
                    throw new IllegalStateException("the process exited (" + owner.exitValue() + ") before writing " + file);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("timed out waiting for " + file);
                }
                WatchKey key = watcher.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isNonEmpty(Path file) {
        try {
            return Files.exists(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
