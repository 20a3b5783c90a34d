package org.vre.data.root.write;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A test-only TBufferFile in write mode: big-endian numbers, TStrings, version headers with byte counts,
 * and class tags for objects written through pointers. {@code displacement} is the key length, because ROOT
 * serialises an object into a buffer that starts with its key header and records tag offsets from there.
 */
final class RootBytes {

    private static final int BYTE_COUNT_MASK = 0x40000000;
    private static final int CLASS_MASK = 0x80000000;
    private static final int NEW_CLASS_TAG = 0xFFFFFFFF;
    private static final int MAP_OFFSET = 2;

    private byte[] data = new byte[256];
    private int size;
    private final int displacement;
    private final Map<String, Integer> classTags = new HashMap<>();

    RootBytes(int displacement) {
        this.displacement = displacement;
    }

    RootBytes() {
        this(0);
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(data, size);
    }

    private void ensure(int more) {
        if (size + more > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, size + more));
        }
    }

    RootBytes u8(int v) {
        ensure(1);
        data[size++] = (byte) v;
        return this;
    }

    RootBytes i16(int v) {
        return u8(v >>> 8).u8(v);
    }

    RootBytes i32(long v) {
        return i16((int) (v >>> 16)).i16((int) v);
    }

    RootBytes f32(float v) {
        return i32(Float.floatToIntBits(v));
    }

    RootBytes f64(double v) {
        long bits = Double.doubleToLongBits(v);
        return i32(bits >>> 32).i32(bits);
    }

    RootBytes bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, data, size, b.length);
        size += b.length;
        return this;
    }

    /** A TString: one length byte, or 255 and a 4-byte length for long strings; no terminator. */
    RootBytes tstring(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length < 255) {
            u8(b.length);
        } else {
            u8(255).i32(b.length);
        }
        return bytes(b);
    }

    static int tstringSize(String s) {
        int n = s.getBytes(StandardCharsets.UTF_8).length;
        return n < 255 ? 1 + n : 5 + n;
    }

    void patchI32(int at, int v) {
        data[at] = (byte) (v >>> 24);
        data[at + 1] = (byte) (v >>> 16);
        data[at + 2] = (byte) (v >>> 8);
        data[at + 3] = (byte) v;
    }

    /** WriteVersion(cl, kTRUE): room for the byte count, then the class version; returns the count's position. */
    int startVersion(int version) {
        int at = size;
        i32(0);
        i16(version);
        return at;
    }

    /** SetByteCount: the bytes after the count word, with the kByteCountMask bit. */
    void endVersion(int at) {
        patchI32(at, (size - at - 4) | BYTE_COUNT_MASK);
    }

    /** A version without byte count, as TObject writes its own. */
    RootBytes version(int version) {
        return i16(version);
    }

    /** TObject::Streamer: version 1, fUniqueID, fBits (kNotDeleted and kIsOnHeap set, as ROOT files show). */
    RootBytes tobject() {
        return version(1).i32(0).i32(0x03000000);
    }

    /** TNamed (class version 1) with a byte count. */
    RootBytes tnamed(String name, String title) {
        int at = startVersion(1);
        tobject();
        tstring(name).tstring(title);
        endVersion(at);
        return this;
    }

    /** WriteObjectAny for a null pointer. */
    RootBytes nullPointer() {
        return i32(0);
    }

    /**
     * WriteObjectAny: byte count, class tag (the name the first time, then a reference to where it was
     * written), then the object's own streamer.
     */
    RootBytes object(String className, Runnable streamer) {
        int countAt = size;
        i32(0);
        Integer tag = classTags.get(className);
        if (tag != null) {
            i32(tag | CLASS_MASK);
        } else {
            classTags.put(className, size + displacement + MAP_OFFSET);
            i32(NEW_CLASS_TAG);
            bytes(className.getBytes(StandardCharsets.US_ASCII)).u8(0);
        }
        streamer.run();
        patchI32(countAt, (size - countAt - 4) | BYTE_COUNT_MASK);
        return this;
    }

    /** A pointer to a basic-type array counted by another member: a 1 byte marker then the values. */
    RootBytes doubleArrayPointer(double[] values) {
        if (values == null) {
            return u8(0);
        }
        u8(1);
        for (double v : values) {
            f64(v);
        }
        return this;
    }
}
