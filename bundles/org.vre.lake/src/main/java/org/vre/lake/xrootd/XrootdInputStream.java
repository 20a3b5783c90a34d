package org.vre.lake.xrootd;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads a range of a file with several kXR_read requests in flight, so the network stays busy while the
 * caller consumes. Memory is bounded by {@code depth} chunks. A short answer ends the stream only when no
 * length was requested; when one was, reaching the end early is an {@link IOException}. A broken connection
 * gives an IOException whose message says how far the read got, so the caller can resume from there.
 */
public final class XrootdInputStream extends InputStream {
    private final XrootdFile file;
    private final long end;
    private final boolean toEndOfFile;
    private final int chunkSize;
    private final int depth;
    private final boolean closeFile;
    private final Deque<Chunk> inFlight = new ArrayDeque<>();
    private final Deque<byte[]> freeBuffers = new ArrayDeque<>();
    private long nextRequestOffset;
    /** File offset of the next byte returned to the caller. */
    private long position;
    private Chunk current;
    private int currentPosition;
    private boolean endReached;
    private boolean closed;

    private record Chunk(long offset, int length, byte[] buffer, XrootdFile.Operation operation) { }

    XrootdInputStream(XrootdFile file, long offset, long length, int chunkSize, int depth, boolean closeFile) {
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset " + offset);
        }
        this.file = file;
        this.toEndOfFile = length < 0;
        long knownSize = file.openStat() == null ? Long.MAX_VALUE : file.openStat().size();
        // To the end: ask up to the size known at open time and one chunk more, which finds a grown file's end.
        this.end = toEndOfFile ? (knownSize == Long.MAX_VALUE ? Long.MAX_VALUE : knownSize + 1) : offset + length;
        this.chunkSize = chunkSize;
        this.depth = depth;
        this.closeFile = closeFile;
        this.nextRequestOffset = offset;
        this.position = offset;
    }

    /** The file offset of the next byte this stream returns: where to resume after a failure. */
    public long position() {
        return position;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException(file.url() + ": stream is closed");
        }
        if (length == 0) {
            return 0;
        }
        while (current == null || currentPosition >= current.operation.received()) {
            if (!advance()) {
                return -1;
            }
        }
        int available = current.operation.received() - currentPosition;
        int n = Math.min(available, length);
        System.arraycopy(current.buffer, currentPosition, target, offset, n);
        currentPosition += n;
        position += n;
        return n;
    }

    /** Moves to the next answered chunk; false at the end. */
    private boolean advance() throws IOException {
        if (current != null) {
            freeBuffers.push(current.buffer);
            current = null;
        }
        if (endReached) {
            return false;
        }
        fillPipeline();
        Chunk next = inFlight.poll();
        if (next == null) {
            endReached = true;
            return false;
        }
        try {
            file.await(next.operation);
        } catch (XrootdException e) {
            throw new IOException(file.url() + ": reading failed after " + position + " bytes; resume from offset "
                    + position + ": " + e.getMessage(), e);
        }
        int received = next.operation.received();
        if (received < next.length) {
            endReached = true;
            long fileEnd = next.offset + received;
            if (!toEndOfFile && fileEnd < end) {
                throw new IOException(file.url() + ": the file ends at byte " + fileEnd
                        + ", before the end of the requested range (" + end + ")",
                        new XrootdException(XrootdException.Kind.NOT_FOUND, "range beyond the end of " + file.url()));
            }
        }
        current = next;
        currentPosition = 0;
        return received > 0 || !endReached;
    }

    private void fillPipeline() throws IOException {
        while (inFlight.size() < depth && nextRequestOffset < end) {
            int length = (int) Math.min(chunkSize, end - nextRequestOffset);
            byte[] buffer = freeBuffers.isEmpty() ? new byte[chunkSize] : freeBuffers.pop();
            try {
                inFlight.add(new Chunk(nextRequestOffset, length, buffer,
                        file.sendRead(nextRequestOffset, buffer, 0, length)));
            } catch (XrootdException e) {
                throw new IOException(file.url() + ": reading failed after " + position
                        + " bytes; resume from offset " + position + ": " + e.getMessage(), e);
            }
            nextRequestOffset += length;
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        // Let answers still on the way arrive before the handle goes, so they are not read into a reused buffer.
        for (Chunk chunk : inFlight) {
            try {
                file.await(chunk.operation);
            } catch (XrootdException e) {
                break;
            }
        }
        inFlight.clear();
        if (closeFile) {
            try {
                if (file.isConnected()) {
                    file.closeWithoutWaiting();
                }
            } catch (XrootdException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }
}
