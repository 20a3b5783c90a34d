package org.vre.lake.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while a {@link ChecksumCalculator} sees each of them exactly once, so the checksums
 * describe precisely what was read (and, wrapped around an upload's source, what was sent).
 */
public final class ChecksummingInputStream extends FilterInputStream {

    private final ChecksumCalculator calculator;

    public ChecksummingInputStream(InputStream in, ChecksumCalculator calculator) {
        super(in);
        this.calculator = calculator;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            calculator.update(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            calculator.update(buffer, offset, n);
        }
        return n;
    }

    /** Skipping would hide bytes from the checksum. */
    @Override
    public long skip(long n) throws IOException {
        throw new IOException("a checksummed stream cannot skip");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    public ChecksumCalculator calculator() {
        return calculator;
    }
}
