package org.vre.lake.xrootd;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes a file sequentially with several kXR_write requests in flight; memory is bounded by
 * {@code depth + 1} chunks. {@link #close()} waits for every write and closes the handle, so an error
 * anywhere surfaces there at the latest.
 */
public final class XrootdOutputStream extends OutputStream {
    private final XrootdFile file;
    private final int chunkSize;
    private final int depth;
    private final Deque<Pending> inFlight = new ArrayDeque<>();
    private final Deque<byte[]> freeBuffers = new ArrayDeque<>();
    private byte[] buffer;
    private int filled;
    private long offset;
    private boolean closed;

    private record Pending(byte[] buffer, XrootdFile.Operation operation) { }

    XrootdOutputStream(XrootdFile file, int chunkSize, int depth) {
        this.file = file;
        this.chunkSize = chunkSize;
        this.depth = depth;
        this.buffer = new byte[chunkSize];
    }

    /** Bytes accepted so far. */
    public long written() {
        return offset + filled;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] data, int start, int length) throws IOException {
        if (closed) {
            throw new IOException(file.url() + ": stream is closed");
        }
        while (length > 0) {
            int n = Math.min(length, chunkSize - filled);
            System.arraycopy(data, start, buffer, filled, n);
            filled += n;
            start += n;
            length -= n;
            if (filled == chunkSize) {
                sendChunk();
            }
        }
    }

    private void sendChunk() throws IOException {
        try {
            if (inFlight.size() >= depth) {
                Pending oldest = inFlight.poll();
                file.await(oldest.operation);
                freeBuffers.push(oldest.buffer);
            }
            inFlight.add(new Pending(buffer, file.sendWrite(offset, buffer, 0, filled)));
        } catch (XrootdException e) {
            throw new IOException(file.url() + ": writing failed at offset " + offset + ": " + e.getMessage(), e);
        }
        offset += filled;
        filled = 0;
        buffer = freeBuffers.isEmpty() ? new byte[chunkSize] : freeBuffers.pop();
    }

    /** Waits for all writes so far (data is then on the server, not necessarily on disk). */
    @Override
    public void flush() throws IOException {
        if (filled > 0) {
            sendChunk();
        }
        try {
            while (!inFlight.isEmpty()) {
                Pending oldest = inFlight.poll();
                file.await(oldest.operation);
                freeBuffers.push(oldest.buffer);
            }
        } catch (XrootdException e) {
            throw new IOException(file.url() + ": writing failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            flush();
        } finally {
            closed = true;
            try {
                if (file.isConnected()) {
                    file.close();
                }
            } catch (XrootdException e) {
                throw new IOException(file.url() + ": closing after writing failed: " + e.getMessage(), e);
            }
        }
    }
}
