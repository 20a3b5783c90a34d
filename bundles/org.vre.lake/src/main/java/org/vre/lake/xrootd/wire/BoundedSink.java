package org.vre.lake.xrootd.wire;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Collects a response of unknown size, refusing to grow past a limit so a bad server cannot exhaust memory. */
public final class BoundedSink implements ResponseSink {
    private final int limit;
    private byte[] buffer = new byte[256];
    private int size;

    public BoundedSink(int limit) {
        this.limit = limit;
    }

    @Override
    public void accept(InputStream in, int length) throws IOException {
        if (length < 0 || (long) size + length > limit) {
            throw new ProtocolViolation("response larger than the limit of " + limit + " bytes ("
                    + ((long) size + length) + " announced)");
        }
        if (size + length > buffer.length) {
            int capacity = (int) Math.min(limit, Math.max((long) buffer.length * 2, (long) size + length));
            buffer = Arrays.copyOf(buffer, capacity);
        }
        readFully(in, buffer, size, length);
        size += length;
    }

    @Override
    public int size() {
        return size;
    }

    public byte[] bytes() {
        return Arrays.copyOf(buffer, size);
    }

    static void readFully(InputStream in, byte[] target, int offset, int length) throws IOException {
        int done = 0;
        while (done < length) {
            int n = in.read(target, offset + done, length - done);
            if (n < 0) {
                throw new TruncatedResponse(done, length);
            }
            done += n;
        }
    }
}
