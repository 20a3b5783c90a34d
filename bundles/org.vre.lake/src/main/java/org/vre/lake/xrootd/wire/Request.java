package org.vre.lake.xrootd.wire;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One client request: the 24-byte header (stream id, request id, 16 parameter bytes, data length)
 * followed by its data. Parameter offsets are counted from the first of the 16 parameter bytes.
 * The stream id is given when the request is written, so a request can be resent after kXR_wait.
 */
public final class Request {
    /** Size of every request header on the wire. */
    public static final int HEADER_SIZE = 24;

    private final int code;
    private final byte[] parameters = new byte[16];
    private byte[] data = new byte[0];
    private int dataOffset;
    private int dataLength;
    private String description;

    private Request(int code) {
        this.code = code;
    }

    public static Request of(int code) {
        return new Request(code);
    }

    public int code() {
        return code;
    }

    public Request putByte(int offset, int value) {
        parameters[offset] = (byte) value;
        return this;
    }

    public Request putShort(int offset, int value) {
        parameters[offset] = (byte) (value >>> 8);
        parameters[offset + 1] = (byte) value;
        return this;
    }

    public Request putInt(int offset, int value) {
        for (int i = 0; i < 4; i++) {
            parameters[offset + i] = (byte) (value >>> (24 - 8 * i));
        }
        return this;
    }

    public Request putLong(int offset, long value) {
        for (int i = 0; i < 8; i++) {
            parameters[offset + i] = (byte) (value >>> (56 - 8 * i));
        }
        return this;
    }

    public Request putBytes(int offset, byte[] bytes) {
        System.arraycopy(bytes, 0, parameters, offset, bytes.length);
        return this;
    }

    /** Data sent after the header; the array is not copied (large writes go straight to the socket). */
    public Request data(byte[] bytes, int offset, int length) {
        this.data = bytes;
        this.dataOffset = offset;
        this.dataLength = length;
        return this;
    }

    public Request data(byte[] bytes) {
        return data(bytes, 0, bytes.length);
    }

    /** UTF-8 text data, such as a path with its CGI, without a terminating zero. */
    public Request data(String text) {
        return data(text.getBytes(StandardCharsets.UTF_8));
    }

    public int dataLength() {
        return dataLength;
    }

    /** What this request is about (a path, a handle), for error messages. */
    public Request describe(String text) {
        this.description = text;
        return this;
    }

    @Override
    public String toString() {
        return RequestCode.name(code) + (description == null ? "" : " " + description);
    }

    void writeTo(OutputStream out, int streamId) throws IOException {
        byte[] header = new byte[HEADER_SIZE];
        header[0] = (byte) (streamId >>> 8);
        header[1] = (byte) streamId;
        header[2] = (byte) (code >>> 8);
        header[3] = (byte) code;
        System.arraycopy(parameters, 0, header, 4, 16);
        header[20] = (byte) (dataLength >>> 24);
        header[21] = (byte) (dataLength >>> 16);
        header[22] = (byte) (dataLength >>> 8);
        header[23] = (byte) dataLength;
        out.write(header);
        if (dataLength > 0) {
            out.write(data, dataOffset, dataLength);
        }
    }
}
