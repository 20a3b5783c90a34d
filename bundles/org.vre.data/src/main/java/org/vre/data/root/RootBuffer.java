package org.vre.data.root;

import java.nio.charset.StandardCharsets;

/**
 * Big-endian reader over the bytes of one record (an uncompressed key payload, a basket, a header).
 * Every read is bounds-checked so damaged files fail with the object and offset instead of garbage.
 * {@code displacement} is the key length: ROOT's object references count from the start of the key.
 */
final class RootBuffer {

    private final byte[] data;
    private final int end;
    private int position;
    private final int displacement;
    private final String context;

    RootBuffer(byte[] data, int displacement, String context) {
        this(data, 0, data.length, displacement, context);
    }

    RootBuffer(byte[] data, int start, int end, int displacement, String context) {
        this.data = data;
        this.position = start;
        this.end = end;
        this.displacement = displacement;
        this.context = context;
    }

    int position() {
        return position;
    }

    void seek(int newPosition) {
        if (newPosition < 0 || newPosition > end) {
            throw error("jump to byte " + newPosition + " outside the record of " + end + " bytes");
        }
        position = newPosition;
    }

    void skip(int n) {
        need(n);
        position += n;
    }

    int remaining() {
        return end - position;
    }

    int end() {
        return end;
    }

    byte[] data() {
        return data;
    }

    /** Position as ROOT's object map counts it (from the start of the key). */
    int mapPosition() {
        return position + displacement;
    }

    int displacement() {
        return displacement;
    }

    String context() {
        return context;
    }

    RootFormatException error(String what) {
        return new RootFormatException(context + ", byte " + position + ": " + what);
    }

    void need(int n) {
        if (n < 0 || position + (long) n > end) {
            throw error("record ends after " + (end - position) + " more bytes but " + n + " are needed"
                    + " (truncated or corrupted)");
        }
    }

    byte i8() {
        need(1);
        return data[position++];
    }

    int u8() {
        return i8() & 0xff;
    }

    short i16() {
        need(2);
        short v = (short) (((data[position] & 0xff) << 8) | (data[position + 1] & 0xff));
        position += 2;
        return v;
    }

    int u16() {
        return i16() & 0xffff;
    }

    int i32() {
        need(4);
        int v = ((data[position] & 0xff) << 24) | ((data[position + 1] & 0xff) << 16)
                | ((data[position + 2] & 0xff) << 8) | (data[position + 3] & 0xff);
        position += 4;
        return v;
    }

    long u32() {
        return i32() & 0xffffffffL;
    }

    long i64() {
        long hi = i32() & 0xffffffffL;
        long lo = i32() & 0xffffffffL;
        return (hi << 32) | lo;
    }

    float f32() {
        return Float.intBitsToFloat(i32());
    }

    double f64() {
        return Double.longBitsToDouble(i64());
    }

    boolean bool() {
        return i8() != 0;
    }

    /** A TString: one length byte, or 255 followed by a 4-byte length. */
    String tstring() {
        int length = u8();
        if (length == 255) {
            length = i32();
            if (length < 0) {
                throw error("negative string length " + length);
            }
        }
        need(length);
        String s = new String(data, position, length, StandardCharsets.ISO_8859_1);
        position += length;
        return s;
    }

    /** A C string terminated by a zero byte (class names in object tags). */
    String cstring(int maxLength) {
        int start = position;
        while (true) {
            need(1);
            if (data[position] == 0) {
                String s = new String(data, start, position - start, StandardCharsets.ISO_8859_1);
                position++;
                return s;
            }
            position++;
            if (position - start > maxLength) {
                throw error("class name longer than " + maxLength + " bytes (corrupted object tag)");
            }
        }
    }

    byte[] bytes(int n) {
        need(n);
        byte[] out = new byte[n];
        System.arraycopy(data, position, out, 0, n);
        position += n;
        return out;
    }

    /** Checks an element count against what is left, so a corrupted count cannot make us allocate gigabytes. */
    int count(int n, int elementSize, String what) {
        if (n < 0) {
            throw error("negative count " + n + " for " + what);
        }
        if ((long) n * elementSize > remaining()) {
            throw error(what + " claims " + n + " elements of " + elementSize + " bytes but only "
                    + remaining() + " bytes are left");
        }
        return n;
    }
}
