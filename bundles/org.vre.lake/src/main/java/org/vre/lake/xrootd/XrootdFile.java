package org.vre.lake.xrootd;

import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.vre.lake.xrootd.XrootdException.Kind;
import org.vre.lake.xrootd.wire.BoundedSink;
import org.vre.lake.xrootd.wire.Connection;
import org.vre.lake.xrootd.wire.FixedSink;
import org.vre.lake.xrootd.wire.Pending;
import org.vre.lake.xrootd.wire.Reply;
import org.vre.lake.xrootd.wire.Request;
import org.vre.lake.xrootd.wire.RequestCode;
import org.vre.lake.xrootd.wire.ResponseSink;

/**
 * An open file: a 4-byte handle valid on the connection it was opened on. Reads and writes can be sent
 * asynchronously ({@link #sendRead}, {@link #sendWrite}) to keep several in flight, then awaited in order.
 */
public final class XrootdFile implements Closeable {
    private final XrootdClient client;
    private final Connection connection;
    private final XrootdUrl url;
    private final byte[] handle;
    private final StatInfo openStat;
    private boolean closed;

    XrootdFile(XrootdClient client, Connection connection, XrootdUrl url, byte[] handle, StatInfo openStat) {
        this.client = client;
        this.connection = connection;
        this.url = url;
        this.handle = handle;
        this.openStat = openStat;
        connection.fileOpened();
    }

    /** Where the file was opened (after redirects). */
    public XrootdUrl url() {
        return url;
    }

    /** The stat returned with the open (kXR_retstat), or null when the server sent none. */
    public StatInfo openStat() {
        return openStat;
    }

    /** One outstanding request on this file. */
    public static final class Operation {
        final Request request;
        final ResponseSink sink;
        Pending pending;

        Operation(Request request, ResponseSink sink) {
            this.request = request;
            this.sink = sink;
        }

        /** Bytes received (for a read). */
        public int received() {
            return sink.size();
        }
    }

    /** Sends a kXR_read of {@code length} bytes at {@code offset} into {@code buffer}; await it later. */
    public Operation sendRead(long offset, byte[] buffer, int bufferOffset, int length) {
        Request request = Request.of(RequestCode.READ).putBytes(0, handle).putLong(4, offset).putInt(12, length)
                .describe(url + " at offset " + offset);
        Operation operation = new Operation(request, new FixedSink(buffer, bufferOffset, length));
        operation.pending = connection.send(request, operation.sink);
        return operation;
    }

    /** Sends a kXR_write of {@code length} bytes at {@code offset}; the buffer must stay unchanged until awaited. */
    public Operation sendWrite(long offset, byte[] buffer, int bufferOffset, int length) {
        Request request = Request.of(RequestCode.WRITE).putBytes(0, handle).putLong(4, offset)
                .data(buffer, bufferOffset, length).describe(url + " at offset " + offset);
        Operation operation = new Operation(request, new BoundedSink(4096));
        operation.pending = connection.send(request, operation.sink);
        return operation;
    }

    /** Waits for an operation; a kXR_wait answer makes it be sent again after the pause the server asked. */
    public void await(Operation operation) {
        await(operation, null);
    }

    void await(Operation operation, Duration timeout) {
        long waited = 0;
        while (true) {
            Reply reply = timeout == null ? connection.await(operation.pending)
                    : connection.await(operation.pending, timeout);
            if (reply instanceof Reply.Ok) {
                return;
            }
            if (reply instanceof Reply.Error error) {
                throw XrootdClient.failure(url, operation.request, error);
            }
            if (reply instanceof Reply.Wait wait) {
                waited += client.honourWait(url, operation.request, wait, waited);
                operation.pending = connection.send(operation.request, operation.sink);
                continue;
            }
            throw new XrootdException(Kind.PROTOCOL, url + ": unexpected answer to "
                    + RequestCode.name(operation.request.code()) + " on an open file: " + reply);
        }
    }

    /** Reads up to {@code length} bytes at {@code offset}; fewer only at the end of the file. */
    public int read(long offset, byte[] buffer, int bufferOffset, int length) {
        Operation operation = sendRead(offset, buffer, bufferOffset, length);
        await(operation);
        return operation.received();
    }

    public void write(long offset, byte[] buffer, int bufferOffset, int length) {
        await(sendWrite(offset, buffer, bufferOffset, length));
    }

    /** Stat of the open file (kXR_stat by handle). */
    public StatInfo stat() {
        Request request = Request.of(RequestCode.STAT).putBytes(12, handle).describe(url.toString());
        BoundedSink sink = new BoundedSink(4096);
        Operation operation = new Operation(request, sink);
        operation.pending = connection.send(request, sink);
        await(operation);
        return StatInfo.parse(new String(sink.bytes(), StandardCharsets.UTF_8), url.toString());
    }

    /** kXR_sync: commits written data; during third-party copy it starts and then awaits the copy. */
    public void sync(Duration timeout) {
        Request request = Request.of(RequestCode.SYNC).putBytes(0, handle).describe(url.toString());
        Operation operation = new Operation(request, new BoundedSink(4096));
        operation.pending = connection.send(request, operation.sink);
        await(operation, timeout);
    }

    /** Closes the handle; errors (e.g. a failed final write) are reported. Closing twice is harmless. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Request request = Request.of(RequestCode.CLOSE).putBytes(0, handle).describe(url.toString());
            Operation operation = new Operation(request, new BoundedSink(4096));
            operation.pending = connection.send(request, operation.sink);
            await(operation);
        } finally {
            connection.fileClosed();
        }
    }

    /**
     * Sends kXR_close without waiting for its answer: for files only read, where a failed close changes
     * nothing, this saves a round trip per file (many small files).
     */
    public void closeWithoutWaiting() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Request request = Request.of(RequestCode.CLOSE).putBytes(0, handle).describe(url.toString());
            connection.send(request, new BoundedSink(4096));
        } finally {
            connection.fileClosed();
        }
    }

    /** Whether the connection carrying this file is still usable. */
    public boolean isConnected() {
        return connection.isUsable();
    }
}
