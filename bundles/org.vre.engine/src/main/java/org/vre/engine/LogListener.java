package org.vre.engine;

/** Receives every line a job writes, as it writes it (follow mode, the desktop's live log view). */
@FunctionalInterface
public interface LogListener {

    enum Stream { STDOUT, STDERR, ENGINE }

    /** Called from executor threads; implementations must be thread-safe and quick. */
    void line(String runId, String jobId, Stream stream, String text);

    LogListener NONE = (runId, jobId, stream, text) -> { };
}
