package org.vre.lake.storage;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.Adler32;

/**
 * A {@link ChecksumCalculator} that hashes in its own thread: {@link #update} only copies the bytes into
 * one of a few buffers, so the thread doing the I/O keeps the disk and the network busy while md5 runs
 * on the other core. With md5, adler32 (a seventh of md5's time) stays on the calling thread, so the
 * hashing thread, which sets the pace of an upload, does md5 alone. Still one pass over the bytes; a
 * bounded pool of buffers keeps memory flat.
 */
public final class ParallelChecksumCalculator extends ChecksumCalculator {

    private static final int BUFFER_SIZE = 1 << 20;
    private static final int BUFFERS = 4;
    private static final Chunk END = new Chunk(new byte[0], 0);

    private record Chunk(byte[] buffer, int length) { }

    private final ChecksumCalculator inner;
    private final Adler32 callerAdler;
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
    private final BlockingQueue<Chunk> work = new ArrayBlockingQueue<>(BUFFERS + 1);
    private final Thread worker;
    private volatile Throwable failure;
    private byte[] current;
    private int filled;
    private long bytes;
    private boolean closed;

    public ParallelChecksumCalculator(boolean withMd5) {
        this.callerAdler = withMd5 ? new Adler32() : null;
        this.inner = new ChecksumCalculator(!withMd5, withMd5);
        for (int i = 0; i < BUFFERS; i++) {
            free.add(new byte[BUFFER_SIZE]);
        }
        worker = new Thread(this::hashLoop, "vre-checksum");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void update(byte[] buffer, int offset, int length) {
        bytes += length;
        if (callerAdler != null) {
            callerAdler.update(buffer, offset, length);
        }
        while (length > 0) {
            if (current == null) {
                current = take(free);
                filled = 0;
            }
            int n = Math.min(length, BUFFER_SIZE - filled);
            System.arraycopy(buffer, offset, current, filled, n);
            filled += n;
            offset += n;
            length -= n;
            if (filled == BUFFER_SIZE) {
                handOver();
            }
        }
    }

    @Override
    public long bytes() {
        return bytes;
    }

    @Override
    public ContentChecksums finish() {
        if (current != null && filled > 0) {
            handOver();
        }
        put(work, END);
        join();
        closed = true;
        if (failure != null) {
            throw new IllegalStateException("checksum thread failed", failure);
        }
        ContentChecksums hashed = inner.finish();
        String adler32 = callerAdler == null ? hashed.adler32() : ContentChecksums.formatAdler32(callerAdler.getValue());
        return new ContentChecksums(hashed.bytes(), adler32, hashed.md5());
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            worker.interrupt();
        }
    }

    private void handOver() {
        put(work, new Chunk(current, filled));
        current = null;
        filled = 0;
    }

    private void hashLoop() {
        try {
            while (true) {
                Chunk chunk = work.take();
                if (chunk == END) {
                    return;
                }
                inner.update(chunk.buffer(), 0, chunk.length());
                free.put(chunk.buffer());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    private void join() {
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while finishing a checksum", e);
        }
    }

    private static byte[] take(BlockingQueue<byte[]> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing a checksum", e);
        }
    }

    private static <T> void put(BlockingQueue<T> queue, T item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing a checksum", e);
        }
    }
}
