package org.vre.data.root;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.tukaani.xz.XZInputStream;

import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.zstd.ZstdDecompressor;

/**
 * Undoes ROOT's record compression. A compressed payload is a chain of blocks, each with a 9-byte header:
 * two letters naming the algorithm (ZL zlib, XZ lzma, L4 lz4 with an 8-byte xxhash64 in front, ZS zstd),
 * a method byte, and the compressed and uncompressed sizes as 3-byte little-endian numbers.
 * Output never grows past the size the key announced, so a lying header cannot inflate memory.
 */
final class RootDecompressor {

    static final int HEADER = 9;
    /** xz's decoder memory for one block, in KiB: ROOT writes with presets well under this. */
    private static final int XZ_MEMORY_LIMIT_KIB = 64 * 1024;

    private final ReadLimits limits;

    RootDecompressor(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * @param input       the bytes on disk (after the key header)
     * @param objLen      the uncompressed size the key announced
     * @param context     file and object, for error messages
     * @param fileOffset  where {@code input} starts in the file, for error messages
     */
    byte[] decompress(byte[] input, int objLen, String context, long fileOffset) {
        checkSize(input.length, objLen, context, fileOffset);
        if (objLen == input.length) {
            return input;
        }
        byte[] output = new byte[objLen];
        int in = 0;
        int out = 0;
        while (out < objLen) {
            if (in + HEADER > input.length) {
                throw new RootFormatException(context + " at offset " + (fileOffset + in) + ": compressed data ends after "
                        + out + " of " + objLen + " bytes (truncated)");
            }
            String algorithm = new String(input, in, 2, java.nio.charset.StandardCharsets.ISO_8859_1);
            int compressedSize = le24(input, in + 3);
            int uncompressedSize = le24(input, in + 6);
            long blockOffset = fileOffset + in;
            if (in + HEADER + compressedSize > input.length) {
                throw new RootFormatException(context + " at offset " + blockOffset + ": " + algorithm
                        + " block of " + compressedSize + " bytes runs past the record (" + (input.length - in - HEADER)
                        + " left): truncated or corrupted");
            }
            if (uncompressedSize > objLen - out || uncompressedSize == 0) {
                throw new RootFormatException(context + " at offset " + blockOffset + ": block would expand to "
                        + uncompressedSize + " bytes but only " + (objLen - out) + " are expected (corrupted header)");
            }
            int start = in + HEADER;
            try {
                switch (algorithm) {
                    case "ZL" -> inflate(input, start, compressedSize, output, out, uncompressedSize, context, blockOffset);
                    case "XZ" -> unxz(input, start, compressedSize, output, out, uncompressedSize, context, blockOffset);
                    case "L4" -> unlz4(input, start, compressedSize, output, out, uncompressedSize, context, blockOffset);
                    case "ZS" -> unzstd(input, start, compressedSize, output, out, uncompressedSize, context, blockOffset);
                    case "CS" -> throw new RootFormatException(context + " at offset " + blockOffset
                            + ": uses ROOT's old 'CS' compression (before ROOT 5.x), which is not supported");
                    default -> throw new RootFormatException(context + " at offset " + blockOffset
                            + ": unknown compression block tag '" + printable(algorithm) + "' (corrupted or not a compressed record)");
                }
            } catch (RootFormatException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new RootFormatException(context + " at offset " + blockOffset + ": corrupted " + algorithm
                        + " data: " + e.getMessage(), e);
            }
            in = start + compressedSize;
            out += uncompressedSize;
        }
        return output;
    }

    private void checkSize(int compressed, int objLen, String context, long fileOffset) {
        if (objLen < 0 || objLen > limits.maxObjectBytes()) {
            throw new RootFormatException(context + " at offset " + fileOffset + ": announces " + objLen
                    + " uncompressed bytes, above the limit of " + limits.maxObjectBytes() + " (corrupted size or decompression bomb)");
        }
        if (objLen < compressed) {
            throw new RootFormatException(context + " at offset " + fileOffset + ": announces " + objLen
                    + " uncompressed bytes but has " + compressed + " on disk (corrupted key)");
        }
        if ((long) objLen > (long) Math.max(compressed, 1) * limits.maxCompressionRatio() && objLen > 1 << 20) {
            throw new RootFormatException(context + " at offset " + fileOffset + ": " + compressed + " bytes claim to expand to "
                    + objLen + " (ratio above " + limits.maxCompressionRatio() + ": decompression bomb or corrupted size)");
        }
    }

    private static void inflate(byte[] in, int off, int len, byte[] out, int outOff, int outLen, String context, long at) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(in, off, len);
            int produced = 0;
            while (produced < outLen) {
                int n = inflater.inflate(out, outOff + produced, outLen - produced);
                if (n == 0) {
                    break; // finished early, starved of input or wanting a dictionary: all are errors below
                }
                produced += n;
            }
            if (produced == outLen && !inflater.finished() && inflater.inflate(new byte[1]) > 0) {
                throw new RootFormatException(context + " at offset " + at + ": zlib block holds more than the "
                        + outLen + " bytes its header promised (corrupted)");
            }
            if (produced != outLen) {
                throw new RootFormatException(context + " at offset " + at + ": zlib block gave " + produced
                        + " bytes, header promised " + outLen + " (corrupted)");
            }
        } catch (DataFormatException e) {
            throw new RootFormatException(context + " at offset " + at + ": corrupted zlib data: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    private static void unxz(byte[] in, int off, int len, byte[] out, int outOff, int outLen, String context, long at) {
        try (InputStream xz = new XZInputStream(new ByteArrayInputStream(in, off, len), XZ_MEMORY_LIMIT_KIB)) {
            int produced = xz.readNBytes(out, outOff, outLen);
            if (produced == outLen && xz.read() >= 0) {
                throw new RootFormatException(context + " at offset " + at + ": xz block holds more than the "
                        + outLen + " bytes its header promised (corrupted)");
            }
            if (produced != outLen) {
                throw new RootFormatException(context + " at offset " + at + ": xz block gave " + produced
                        + " bytes, header promised " + outLen + " (corrupted)");
            }
        } catch (IOException e) {
            throw new RootFormatException(context + " at offset " + at + ": corrupted xz data: " + e.getMessage(), e);
        }
    }

    private static void unlz4(byte[] in, int off, int len, byte[] out, int outOff, int outLen, String context, long at) {
        if (len < 8) {
            throw new RootFormatException(context + " at offset " + at + ": LZ4 block too short for its checksum");
        }
        long stored = readBigEndianLong(in, off);
        long actual = XxHash64.hash(in, off + 8, len - 8);
        if (stored != actual) {
            throw new RootFormatException(context + " at offset " + at + ": LZ4 block checksum mismatch (corrupted data)");
        }
        int n = new Lz4Decompressor().decompress(in, off + 8, len - 8, out, outOff, outLen);
        if (n != outLen) {
            throw new RootFormatException(context + " at offset " + at + ": LZ4 block gave " + n
                    + " bytes, header promised " + outLen + " (corrupted)");
        }
    }

    private static void unzstd(byte[] in, int off, int len, byte[] out, int outOff, int outLen, String context, long at) {
        int n = new ZstdDecompressor().decompress(in, off, len, out, outOff, outLen);
        if (n != outLen) {
            throw new RootFormatException(context + " at offset " + at + ": zstd block gave " + n
                    + " bytes, header promised " + outLen + " (corrupted)");
        }
    }

    private static long readBigEndianLong(byte[] b, int p) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b[p + i] & 0xff);
        }
        return v;
    }

    private static int le24(byte[] b, int p) {
        return (b[p] & 0xff) | ((b[p + 1] & 0xff) << 8) | ((b[p + 2] & 0xff) << 16);
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format("\\x%02x", (int) c));
        }
        return sb.toString();
    }
}
