package org.vre.lake.xrootd.wire;

import java.io.IOException;
import java.io.InputStream;

/** Receives the answer to a kXR_read directly into the caller's buffer; more bytes than asked for is a violation. */
public final class FixedSink implements ResponseSink {
    private final byte[] buffer;
    private final int offset;
    private final int capacity;
    private int size;

    public FixedSink(byte[] buffer, int offset, int capacity) {
        this.buffer = buffer;
        this.offset = offset;
        this.capacity = capacity;
    }

    @Override
    public void accept(InputStream in, int length) throws IOException {
        if (length < 0 || (long) size + length > capacity) {
            throw new ProtocolViolation("read answer of " + ((long) size + length) + " bytes for a request of "
                    + capacity);
        }
        BoundedSink.readFully(in, buffer, offset + size, length);
        size += length;
    }

    @Override
    public int size() {
        return size;
    }
}
