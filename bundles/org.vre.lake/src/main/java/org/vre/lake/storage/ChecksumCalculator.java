package org.vre.lake.storage;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Adler32;

/**
 * Computes the size, adler32 and md5 of a stream of bytes in one pass: feed it the bytes as they flow
 * to or from storage, then call {@link #finish()}. Not thread safe; use one per stream.
 * For large transfers use {@link ParallelChecksumCalculator}, which takes the hashing off the I/O thread.
 */
public class ChecksumCalculator implements AutoCloseable {

    /** From this size on, hashing in a second thread pays for its start-up. */
    static final long PARALLEL_THRESHOLD = 16L << 20;

    private final Adler32 adler;
    private final MessageDigest md5;
    private long bytes;

    /** Computes adler32 and md5. */
    public ChecksumCalculator() {
        this(true);
    }

    /** Computes adler32, and md5 only when {@code withMd5} (md5 costs about 4x adler32's time). */
    public ChecksumCalculator(boolean withMd5) {
        this(true, withMd5);
    }

    /** Only the checksums asked for; the other comes out null (for a calculator that shares the work). */
    ChecksumCalculator(boolean withAdler32, boolean withMd5) {
        this.adler = withAdler32 ? new Adler32() : null;
        this.md5 = withMd5 ? newMd5() : null;
    }

    /**
     * The calculator that suits a stream of {@code expectedBytes} (-1 when unknown): large or unknown
     * streams hash in a second thread so the I/O thread is not slowed down by md5.
     */
    public static ChecksumCalculator forSize(long expectedBytes, boolean withMd5) {
        if (expectedBytes < 0 || expectedBytes >= PARALLEL_THRESHOLD) {
            return new ParallelChecksumCalculator(withMd5);
        }
        return new ChecksumCalculator(withMd5);
    }

    public void update(byte[] buffer, int offset, int length) {
        if (adler != null) {
            adler.update(buffer, offset, length);
        }
        if (md5 != null) {
            md5.update(buffer, offset, length);
        }
        bytes += length;
    }

    public long bytes() {
        return bytes;
    }

    /** The result; call once, after the last byte. */
    public ContentChecksums finish() {
        String md5Hex = md5 == null ? null : HexFormat.of().formatHex(md5.digest());
        String adlerHex = adler == null ? null : ContentChecksums.formatAdler32(adler.getValue());
        return new ContentChecksums(bytes, adlerHex, md5Hex);
    }

    /** Releases resources of an abandoned calculation (the hashing thread); a no-op here. */
    @Override
    public void close() {
    }

    static MessageDigest newMd5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
