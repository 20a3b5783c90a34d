package org.vre.lake.xrootd.wire;

import java.util.concurrent.CompletableFuture;

/** A request sent on a connection whose final answer has not arrived yet. */
public final class Pending {
    final int streamId;
    final Request request;
    final ResponseSink sink;
    final CompletableFuture<Reply> reply = new CompletableFuture<>();
    /** Seconds the server asked for with kXR_waitresp, not yet added to the deadline. */
    private long extensionSeconds;

    Pending(int streamId, Request request, ResponseSink sink) {
        this.streamId = streamId;
        this.request = request;
        this.sink = sink;
    }

    public Request request() {
        return request;
    }

    public ResponseSink sink() {
        return sink;
    }

    public boolean isDone() {
        return reply.isDone();
    }

    synchronized void extendBy(long seconds) {
        extensionSeconds += Math.max(0, seconds);
    }

    synchronized long takeExtension() {
        long value = extensionSeconds;
        extensionSeconds = 0;
        return value;
    }
}
