package org.vre.engine.slurm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;

import org.vre.core.VreException;

/** {@code tar} on this host, to pack the files sent to a login node and unpack what comes back. */
final class LocalTar {

    private LocalTar() {
    }

    /** Packs {@code files} (relative to {@code folder}; symbolic links followed) and hands the archive to {@code sink}. */
    static void pack(Path folder, Collection<String> files, ArchiveSink sink) {
        Process tar = start(new ProcessBuilder("tar", "-C", folder.toString(), "-h", "--null", "-T", "-", "-cf", "-"));
        try {
            // the list is written while the archive is read: tar starts writing before it has read the whole list
            java.util.concurrent.CompletableFuture<Void> list = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try (OutputStream names = tar.getOutputStream()) {
                    for (String file : files) {
                        names.write(file.getBytes(StandardCharsets.UTF_8));
                        names.write(0);
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            try (InputStream archive = tar.getInputStream()) {
                sink.accept(archive);
            }
            list.join();
            finish(tar, "pack " + folder);
        } catch (IOException e) {
            tar.destroyForcibly();
            throw new VreException("cannot pack " + folder + " for the login node: " + e.getMessage());
        }
    }

    /** Unpacks the archive {@code source} writes into {@code folder}. */
    static void unpack(Path folder, ArchiveSource source) {
        Process tar = start(new ProcessBuilder("tar", "-C", folder.toString(), "-xf", "-"));
        try {
            try (OutputStream archive = tar.getOutputStream()) {
                source.writeTo(archive);
            }
            finish(tar, "unpack into " + folder);
        } catch (IOException e) {
            tar.destroyForcibly();
            throw new VreException("cannot unpack the login node's files into " + folder + ": " + e.getMessage());
        }
    }

    interface ArchiveSink {
        void accept(InputStream archive) throws IOException;
    }

    interface ArchiveSource {
        void writeTo(OutputStream archive) throws IOException;
    }

    private static Process start(ProcessBuilder builder) {
        try {
            return builder.redirectError(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new VreException("cannot run tar on this host: " + e.getMessage());
        }
    }

    private static void finish(Process tar, String what) throws IOException {
        try {
            String err = new String(tar.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (tar.waitFor() != 0) {
                throw new VreException("tar could not " + what + ": " + err.strip());
            }
        } catch (InterruptedException e) {
            tar.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new VreException("interrupted while tar was running (" + what + ")");
        }
    }
}
