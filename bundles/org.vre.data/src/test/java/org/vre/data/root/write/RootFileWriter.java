package org.vre.data.root.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.Deflater;

/**
 * A test-only writer of small ROOT files laid out as TFile writes them (ROOT file format specification,
 * "small file" variant with 32-bit seeks): the file header at 0, the top directory record at fBEGIN = 100,
 * one keyed record per object, the StreamerInfo record, the directory's key list and the free-segments
 * record. Object payloads are stored as written or, with a compression level, as ROOT's zlib blocks
 * ("ZL", method 8, 3-byte compressed and uncompressed sizes, then a zlib stream).
 */
public final class RootFileWriter {

    private static final int BEGIN = 100;
    private static final int ROOT_VERSION = 62206;
    private static final int KEY_VERSION = 4;
    private static final int DIRECTORY_VERSION = 5;
    private static final int DIRECTORY_BYTES = 60;
    /** 2024-01-01 00:00:00 as a TDatime, so the files are the same on every run. */
    private static final long DATIME = (2024L - 1995) << 26 | 1L << 22 | 1L << 17;

    private record Pending(String className, String name, String title, Consumer<RootBytes> streamer) {
    }

    private final String fileName;
    private final String title;
    private final int compressionLevel;
    private final List<Pending> objects = new ArrayList<>();
    private boolean usesErrors;
    private boolean usesMultiGraph;

    /** @param compressionLevel 0 stores payloads as written; 1-9 compresses them with zlib (fCompress 101-109) */
    public RootFileWriter(String fileName, String title, int compressionLevel) {
        this.fileName = fileName;
        this.title = title;
        this.compressionLevel = compressionLevel;
    }

    public RootFileWriter graph(String name, String title, double[] x, double[] y) {
        GraphObjects.GraphSpec g = new GraphObjects.GraphSpec(name, title, x, y, null, null);
        objects.add(new Pending("TGraph", name, title, b -> GraphObjects.write(b, g)));
        return this;
    }

    public RootFileWriter graphErrors(String name, String title, double[] x, double[] y, double[] ex, double[] ey) {
        GraphObjects.GraphSpec g = new GraphObjects.GraphSpec(name, title, x, y, ex, ey);
        usesErrors = true;
        objects.add(new Pending("TGraphErrors", name, title, b -> GraphObjects.write(b, g)));
        return this;
    }

    /** A TMultiGraph of graphs given as {@code {x, y}} or {@code {x, y, ex, ey}} arrays, named in order. */
    public RootFileWriter multiGraph(String name, String title, List<String> names, List<String> titles, List<double[][]> graphs) {
        List<GraphObjects.GraphSpec> specs = new ArrayList<>();
        for (int i = 0; i < graphs.size(); i++) {
            double[][] g = graphs.get(i);
            specs.add(new GraphObjects.GraphSpec(names.get(i), titles.get(i), g[0], g[1],
                    g.length > 2 ? g[2] : null, g.length > 3 ? g[3] : null));
            usesErrors |= g.length > 2;
        }
        usesMultiGraph = true;
        objects.add(new Pending("TMultiGraph", name, title, b -> GraphObjects.multiGraph(b, name, title, specs)));
        return this;
    }

    public void write(Path file) {
        byte[] bytes = toBytes();
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".part");
            Files.write(tmp, bytes);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] toBytes() {
        int dirKeyLen = keyLength("TFile", fileName, title);
        int nbytesName = dirKeyLen + RootBytes.tstringSize(fileName) + RootBytes.tstringSize(title);
        int dirRecord = nbytesName + DIRECTORY_BYTES;

        RootBytes body = new RootBytes();
        long position = BEGIN + dirRecord;
        List<byte[]> keyHeaders = new ArrayList<>();
        for (Pending p : objects) {
            byte[] record = record(p.className(), p.name(), p.title(), position, BEGIN, true, p.streamer());
            keyHeaders.add(Arrays.copyOf(record, keyLength(p.className(), p.name(), p.title())));
            body.bytes(record);
            position += record.length;
        }
        long seekInfo = position;
        byte[] info = record("TList", "StreamerInfo", "Doubly linked list", position, BEGIN, true,
                b -> GraphStreamerInfos.writeList(b, usesErrors, usesMultiGraph));
        body.bytes(info);
        position += info.length;

        long seekKeys = position;
        byte[] keys = record("TFile", fileName, title, position, BEGIN, false, b -> {
            b.i32(keyHeaders.size());
            keyHeaders.forEach(b::bytes);
        });
        body.bytes(keys);
        position += keys.length;

        long seekFree = position;
        int freeRecordLength = keyLength("TFile", fileName, title) + 10;
        long end = seekFree + freeRecordLength;
        byte[] free = record("TFile", fileName, title, position, BEGIN, false,
                b -> b.i16(1).i32(end).i32(2_000_000_000L)); // TFree: the gap from the end of file onwards
        body.bytes(free);

        RootBytes file = new RootBytes();
        file.bytes("root".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        file.i32(ROOT_VERSION).i32(BEGIN).i32(end).i32(seekFree).i32(free.length).i32(1).i32(nbytesName);
        file.u8(4).i32(compressionLevel == 0 ? 0 : 100 + compressionLevel).i32(seekInfo).i32(info.length);
        uuid(file);
        while (file.size() < BEGIN) {
            file.u8(0);
        }
        // the top directory: its key, name and title, then TDirectory's own streamer
        keyHeader(file, dirRecord, dirRecord - dirKeyLen, dirKeyLen, BEGIN, 0, "TFile", fileName, title);
        file.tstring(fileName).tstring(title);
        int dirStart = file.size();
        file.i16(DIRECTORY_VERSION).i32(DATIME).i32(DATIME).i32(keys.length).i32(nbytesName);
        file.i32(BEGIN).i32(0).i32(seekKeys);
        uuid(file);
        while (file.size() < dirStart + DIRECTORY_BYTES) {
            file.u8(0); // room TDirectory keeps to grow into 64-bit seeks
        }
        file.bytes(body.toByteArray());
        if (file.size() != end) {
            throw new IllegalStateException("layout error: wrote " + file.size() + " bytes, header says " + end);
        }
        return file.toByteArray();
    }

    private static int keyLength(String className, String name, String title) {
        return 26 + RootBytes.tstringSize(className) + RootBytes.tstringSize(name) + RootBytes.tstringSize(title);
    }

    /** One keyed record: the payload is serialised after the key's room, so class tags count from the key. */
    private byte[] record(String className, String name, String title, long seekKey, long seekPdir, boolean compressible,
                          Consumer<RootBytes> streamer) {
        int keyLen = keyLength(className, name, title);
        RootBytes payload = new RootBytes(keyLen);
        streamer.accept(payload);
        byte[] raw = payload.toByteArray();
        byte[] stored = compressible && compressionLevel > 0 ? zlibBlocks(raw) : raw;
        RootBytes out = new RootBytes();
        keyHeader(out, keyLen + stored.length, raw.length, keyLen, seekKey, seekPdir, className, name, title);
        out.bytes(stored);
        return out.toByteArray();
    }

    private static void keyHeader(RootBytes out, int nbytes, int objLen, int keyLen, long seekKey, long seekPdir,
                                  String className, String name, String title) {
        out.i32(nbytes).i16(KEY_VERSION).i32(objLen).i32(DATIME).i16(keyLen).i16(1).i32(seekKey).i32(seekPdir);
        out.tstring(className).tstring(name).tstring(title);
    }

    /** ROOT's compressed layout: blocks of at most 0xffffff input bytes, each with its 9-byte header. */
    private byte[] zlibBlocks(byte[] raw) {
        RootBytes out = new RootBytes();
        for (int start = 0; start < raw.length; start += 0xffffff) {
            int n = Math.min(0xffffff, raw.length - start);
            Deflater deflater = new Deflater(compressionLevel);
            deflater.setInput(raw, start, n);
            deflater.finish();
            byte[] buffer = new byte[n + 64];
            int length = 0;
            while (!deflater.finished()) {
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
                length += deflater.deflate(buffer, length, buffer.length - length);
            }
            deflater.end();
            out.u8('Z').u8('L').u8(8);
            out.u8(length).u8(length >>> 8).u8(length >>> 16);
            out.u8(n).u8(n >>> 8).u8(n >>> 16);
            out.bytes(Arrays.copyOf(buffer, length));
        }
        byte[] compressed = out.toByteArray();
        return compressed.length < raw.length ? compressed : raw; // ROOT keeps the raw bytes when zlib does not help
    }

    /** A TUUID (version 1) with fixed bytes, for reproducible files. */
    private static void uuid(RootBytes b) {
        b.i16(1);
        for (int i = 0; i < 16; i++) {
            b.u8(0x10 + i);
        }
    }
}
