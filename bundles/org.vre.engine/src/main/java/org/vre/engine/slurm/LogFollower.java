package org.vre.engine.slurm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.vre.engine.JobRequest;
import org.vre.engine.LogListener;

/**
 * Follows one log file Slurm writes (on this host or the login node) from where it last read: complete lines go to
 * the listener, and, when Slurm writes elsewhere, the bytes are appended to the run's own log file.
 */
final class LogFollower {

    private final ClusterShell shell;
    private final String clusterFile;
    private final Path localCopy; // null when Slurm writes the run's log file itself
    private final JobRequest request;
    private final LogListener.Stream stream;
    private final LogListener listener;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private long offset;

    LogFollower(ClusterShell shell, String clusterFile, Path localFile, JobRequest request, LogListener.Stream stream,
            LogListener listener) {
        this.shell = shell;
        this.clusterFile = clusterFile;
        this.localCopy = localFile.toString().equals(clusterFile) ? null : localFile;
        this.request = request;
        this.stream = stream;
        this.listener = listener;
        if (localCopy != null) {
            try {
                Files.createDirectories(localCopy.getParent());
                Files.write(localCopy, new byte[0]);
            } catch (IOException e) {
                listener.line(request.runId(), request.jobId(), LogListener.Stream.ENGINE,
                        "cannot write " + localCopy + ": " + e.getMessage());
            }
        }
    }

    /** Reads what was added since the last call. */
    synchronized void poll() {
        byte[] bytes = shell.readFrom(clusterFile, offset);
        if (bytes.length == 0) {
            return;
        }
        offset += bytes.length;
        if (localCopy != null) {
            try (OutputStream out = Files.newOutputStream(localCopy, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                out.write(bytes);
            } catch (IOException e) {
                listener.line(request.runId(), request.jobId(), LogListener.Stream.ENGINE,
                        "cannot write " + localCopy + ": " + e.getMessage());
            }
        }
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                partial.write(bytes, start, i - start);
                emit();
                start = i + 1;
            }
        }
        partial.write(bytes, start, bytes.length - start);
    }

    /** Reads the rest and passes on a last line without a newline. */
    synchronized void finish() {
        poll();
        if (partial.size() > 0) {
            emit();
        }
    }

    private void emit() {
        listener.line(request.runId(), request.jobId(), stream, partial.toString(StandardCharsets.UTF_8));
        partial.reset();
    }
}
