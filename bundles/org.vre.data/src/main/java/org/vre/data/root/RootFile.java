package org.vre.data.root;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A ROOT file opened for reading, in pure Java: header, directories and keys, streamer info, and objects
 * read through the streamer info into {@link RootObject}s. Thread-safe for reads.
 */
public final class RootFile implements AutoCloseable {

    private final FileSource source;
    private final ReadLimits limits;
    private final RootDecompressor decompressor;
    private final RootFileHeader header;
    private final String fileName;
    private final StreamerInfos streamerInfos = new StreamerInfos();
    private final RootKey streamerInfoKey;
    private final RootDirectory top;

    private RootFile(Path path, ReadLimits limits) {
        this.source = new FileSource(path);
        this.limits = limits;
        this.fileName = path.getFileName().toString();
        this.decompressor = new RootDecompressor(limits);
        try {
            this.header = RootFileHeader.read(source);
            this.streamerInfoKey = readStreamerInfo();
            this.top = readTopDirectory();
        } catch (RootFormatException e) {
            source.close();
            throw e;
        } catch (RuntimeException e) {
            source.close();
            throw new RootFormatException(fileName + ": damaged file structure (" + e + ")", e);
        }
    }

    /** Opens {@code path} with the default limits. */
    public static RootFile open(Path path) {
        return open(path, ReadLimits.DEFAULT);
    }

    public static RootFile open(Path path, ReadLimits limits) {
        return new RootFile(path, limits);
    }

    public Path path() {
        return source.path();
    }

    public RootFileHeader header() {
        return header;
    }

    public ReadLimits limits() {
        return limits;
    }

    /** The key of the StreamerInfo record (not part of any directory's key list), if the file has one. */
    public Optional<RootKey> streamerInfoKey() {
        return Optional.ofNullable(streamerInfoKey);
    }

    public RootDirectory topDirectory() {
        return top;
    }

    /** All keys, top directory first then each subdirectory depth first. */
    public List<RootKey> allKeys() {
        List<RootKey> out = new ArrayList<>();
        collect(top, out);
        return out;
    }

    private static void collect(RootDirectory dir, List<RootKey> out) {
        out.addAll(dir.keys());
        for (RootDirectory sub : dir.subdirectories()) {
            collect(sub, out);
        }
    }

    /** The key at "dir/name" or "dir/name;cycle" (highest cycle when none is given). */
    public Optional<RootKey> findKey(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        int cycle = -1;
        int semicolon = p.lastIndexOf(';');
        if (semicolon >= 0) {
            try {
                cycle = Integer.parseInt(p.substring(semicolon + 1));
                p = p.substring(0, semicolon);
            } catch (NumberFormatException e) {
                // a semicolon inside the name
            }
        }
        RootKey best = null;
        for (RootKey key : allKeys()) {
            if (key.path().equals(p) && (cycle < 0 ? best == null || key.cycle() > best.cycle() : key.cycle() == cycle)) {
                best = key;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The uncompressed payload of a key (the object's bytes after the key header). */
    byte[] payload(RootKey key) {
        String what = describe(key);
        if (key.nbytes() < key.keyLen()) {
            throw new RootFormatException(what + ": Nbytes " + key.nbytes() + " smaller than the key header of "
                    + key.keyLen() + " bytes");
        }
        long dataOffset = key.seekKey() + key.keyLen();
        byte[] onDisk = source.read(dataOffset, key.compressedLength(), what);
        return decompressor.decompress(onDisk, key.objLen(), what, dataOffset);
    }

    String describe(RootKey key) {
        return fileName + ": " + key.className() + " '" + key.path() + ";" + key.cycle() + "' (key at offset " + key.seekKey() + ")";
    }

    /** Reads the object a key points to, through the streamer info. */
    Object readObject(RootKey key) {
        byte[] data = payload(key);
        RootBuffer buffer = new RootBuffer(data, key.keyLen(), describe(key));
        ObjectReader reader = new ObjectReader(buffer, streamerInfos, limits.maxDepth());
        return reader.readClass(key.className());
    }

    /** Reads one basket of a branch stored at {@code seek} with {@code bytes} bytes on disk. */
    Basket readBasket(long seek, int bytes, String branch, int fixedEntrySize) {
        String what = fileName + ": basket of branch '" + branch + "' at offset " + seek;
        if (bytes < 20) {
            throw new RootFormatException(what + ": " + bytes + " bytes is too small for a basket");
        }
        int headerLength = Math.min(bytes, 512);
        RootBuffer h = new RootBuffer(source.read(seek, headerLength, what), 0, what);
        RootKey key = RootKey.read(h, "");
        h.i16(); // TBasket version
        h.i32(); // fBufferSize
        int nevBufSize = h.i32();
        if (nevBufSize < 0) {
            h.i8();
        }
        int nevBuf = h.i32();
        int last = h.i32();
        h.i8(); // flag
        if (key.nbytes() != bytes && key.nbytes() > 0 && bytes > 0 && key.nbytes() > bytes) {
            throw new RootFormatException(what + ": key says " + key.nbytes() + " bytes, branch says " + bytes);
        }
        if (nevBuf < 0 || last < key.keyLen()) {
            throw new RootFormatException(what + ": impossible basket header (" + nevBuf + " entries, fLast " + last + ")");
        }
        long dataOffset = seek + key.keyLen();
        byte[] onDisk = source.read(dataOffset, key.nbytes() - key.keyLen(), what);
        byte[] data = decompressor.decompress(onDisk, key.objLen(), what, dataOffset);
        int dataLength = last - key.keyLen();
        if (dataLength > data.length) {
            throw new RootFormatException(what + ": fLast " + last + " beyond the " + data.length + " uncompressed bytes");
        }
        int[] offsets = null;
        if (data.length > dataLength + 4) {
            RootBuffer ob = new RootBuffer(data, dataLength, data.length, 0, what + ", entry offsets");
            int n = ob.count(ob.i32(), 4, "entry offsets");
            offsets = new int[n];
            for (int i = 0; i < n; i++) {
                offsets[i] = ob.i32();
            }
        }
        return Basket.of(data, dataLength, nevBuf, offsets, key.keyLen(), what);
    }

    private RootKey readStreamerInfo() {
        if (header.seekInfo() <= 0 || header.nbytesInfo() <= 0) {
            return null;
        }
        String what = "StreamerInfo key";
        RootBuffer kb = new RootBuffer(source.read(header.seekInfo(), Math.min(header.nbytesInfo(),
                (int) Math.min(1024, source.size() - header.seekInfo())), what), 0, fileName + ": " + what
                + " at offset " + header.seekInfo());
        RootKey key = RootKey.read(kb, "");
        Object list = readObject(key);
        if (list instanceof RootObject r) {
            for (Object item : r.items()) {
                if (item instanceof StreamerInfo info) {
                    streamerInfos.add(info);
                }
            }
        }
        return key;
    }

    private RootDirectory readTopDirectory() {
        long dirOffset = (long) header.begin() + header.nbytesName();
        return readDirectory(dirOffset, "", new HashSet<>(), 0);
    }

    private RootDirectory readDirectory(long offset, String path, Set<Long> visited, int depth) {
        String where = fileName + ": directory '" + (path.isEmpty() ? "/" : path) + "' at offset " + offset;
        if (depth > limits.maxDepth()) {
            throw new RootFormatException(where + ": directories nested deeper than " + limits.maxDepth());
        }
        if (!visited.add(offset)) {
            throw new RootFormatException(where + ": directory loop (a subdirectory points back to a parent)");
        }
        int length = (int) Math.min(64, source.size() - offset);
        RootBuffer d = new RootBuffer(source.read(offset, Math.max(length, 0), "directory header"), 0, where);
        int version = d.i16();
        d.u32(); // ctime
        d.u32(); // mtime
        d.i32(); // nbyteskeys
        d.i32(); // nbytesname
        boolean big = version > 1000;
        long seekDir = big ? d.i64() : d.u32();
        long seekParent = big ? d.i64() : d.u32();
        long seekKeys = big ? d.i64() : d.u32();
        if (seekKeys <= 0) {
            return new RootDirectory(path, List.of(), List.of());
        }
        if (seekKeys >= source.size()) {
            throw new RootFormatException(where + ": its key list at offset " + seekKeys + " lies outside the file of "
                    + source.size() + " bytes (truncated?)");
        }
        RootBuffer kh = new RootBuffer(source.read(seekKeys, (int) Math.min(1024, source.size() - seekKeys), "key list"),
                0, where + ", key list at offset " + seekKeys);
        RootKey listKey = RootKey.read(kh, path);
        byte[] keyData = payload(listKey);
        RootBuffer kb = new RootBuffer(keyData, listKey.keyLen(), where + ", key list");
        int nkeys = kb.count(kb.i32(), 26, "key list");
        List<RootKey> keys = new ArrayList<>(nkeys);
        List<RootDirectory> subdirectories = new ArrayList<>();
        for (int i = 0; i < nkeys; i++) {
            RootKey key = RootKey.read(kb, path);
            if (key.seekKey() < 0 || key.seekKey() + key.nbytes() > source.size()) {
                throw new RootFormatException(where + ": key '" + key.name() + "' points to offset " + key.seekKey()
                        + " with " + key.nbytes() + " bytes, outside the file of " + source.size() + " bytes (truncated?)");
            }
            keys.add(key);
        }
        for (RootKey key : keys) {
            if (isDirectoryClass(key.className())) {
                subdirectories.add(readDirectory(key.seekKey() + key.keyLen(), key.path(), visited, depth + 1));
            }
        }
        return new RootDirectory(path, keys, subdirectories);
    }

    static boolean isDirectoryClass(String className) {
        return className.equals("TDirectory") || className.equals("TDirectoryFile");
    }

    @Override
    public void close() {
        source.close();
    }
}
