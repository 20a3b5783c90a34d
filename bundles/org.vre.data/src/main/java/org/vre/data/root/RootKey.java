package org.vre.data.root;

/**
 * A TKey: the header in front of every record. {@code objLen} is the uncompressed payload size,
 * {@code nbytes} the record size on disk including this header of {@code keyLen} bytes.
 */
public record RootKey(int nbytes, int version, int objLen, long datime, int keyLen, int cycle, long seekKey,
                      long seekPdir, String className, String name, String title, String path) {

    /** Size of the payload on disk (compressed or not). */
    public int compressedLength() {
        return nbytes - keyLen;
    }

    public boolean isCompressed() {
        return objLen > nbytes - keyLen;
    }

    /** Reads a key header at the buffer's position; {@code dirPath} prefixes the key's path. */
    static RootKey read(RootBuffer b, String dirPath) {
        int start = b.position();
        int nbytes = b.i32();
        int version = b.i16();
        int objLen = b.i32();
        long datime = b.u32();
        int keyLen = b.i16();
        int cycle = b.i16();
        boolean big = version > 1000;
        long seekKey = big ? b.i64() : b.u32();
        long seekPdir = big ? b.i64() : b.u32();
        String className = b.tstring();
        String name = b.tstring();
        String title = b.tstring();
        if (nbytes < 0 || objLen < 0 || keyLen < 0 || keyLen < b.position() - start) {
            throw b.error("key '" + name + "' has impossible sizes (Nbytes " + nbytes + ", ObjLen " + objLen
                    + ", KeyLen " + keyLen + ")");
        }
        String path = dirPath.isEmpty() ? name : dirPath + "/" + name;
        return new RootKey(nbytes, version, objLen, datime, keyLen, cycle, seekKey, seekPdir, className, name, title, path);
    }

    @Override
    public String toString() {
        return className + " " + path + ";" + cycle;
    }
}
