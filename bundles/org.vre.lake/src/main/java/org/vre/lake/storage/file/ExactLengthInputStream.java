package org.vre.lake.storage.file;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/** Delivers exactly {@code expected} bytes, and says so when the file turns out shorter (it shrank). */
final class ExactLengthInputStream extends FilterInputStream {

    private final URI uri;
    private long remaining;

    ExactLengthInputStream(InputStream in, long expected, URI uri) {
        super(in);
        this.remaining = expected;
        this.uri = uri;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (remaining == 0) {
            return -1;
        }
        int n = in.read(buffer, offset, (int) Math.min(length, remaining));
        if (n < 0) {
            throw new EOFException(uri + ": the file ended " + remaining + " bytes early");
        }
        remaining -= n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = in.skip(Math.min(n, remaining));
        remaining -= skipped;
        return skipped;
    }
}
