package org.vre.data.root;

/**
 * The first bytes of a ROOT file. Versions at or above 1000000 are "big files" with 64-bit seeks;
 * {@link #rootVersion()} is the ROOT release (61005 = 6.10/05).
 */
public record RootFileHeader(int version, int begin, long end, long seekFree, int nbytesFree, int nfree,
                             int nbytesName, int units, int compress, long seekInfo, int nbytesInfo) {

    public int rootVersion() {
        return version % 1_000_000;
    }

    public boolean isBigFile() {
        return version >= 1_000_000;
    }

    static RootFileHeader read(FileSource source) {
        String name = source.path().getFileName().toString();
        if (source.size() < 60) {
            throw new RootFormatException(name + ": only " + source.size() + " bytes, too short for a ROOT file header");
        }
        int length = (int) Math.min(source.size(), 128);
        RootBuffer b = new RootBuffer(source.read(0, length, "file header"), 0, name + ": file header");
        byte[] magic = b.bytes(4);
        if (magic[0] != 'r' || magic[1] != 'o' || magic[2] != 'o' || magic[3] != 't') {
            throw new RootFormatException(name + ": not a ROOT file (no 'root' at offset 0)");
        }
        int version = b.i32();
        int begin = b.i32();
        boolean big = version >= 1_000_000;
        long end = big ? b.i64() : b.i32() & 0xffffffffL;
        long seekFree = big ? b.i64() : b.i32() & 0xffffffffL;
        int nbytesFree = b.i32();
        int nfree = b.i32();
        int nbytesName = b.i32();
        int units = b.u8();
        int compress = b.i32();
        long seekInfo = big ? b.i64() : b.i32() & 0xffffffffL;
        int nbytesInfo = b.i32();
        RootFileHeader header = new RootFileHeader(version, begin, end, seekFree, nbytesFree, nfree, nbytesName,
                units, compress, seekInfo, nbytesInfo);
        if (units != 4 && units != 8) {
            throw new RootFormatException(name + ": header at offset 32: fUnits " + units + " is neither 4 nor 8");
        }
        if (end > source.size()) {
            throw new RootFormatException(name + ": header says the file ends at " + end + " but it has "
                    + source.size() + " bytes (truncated: was the copy or the job interrupted?)");
        }
        if (begin < 0 || begin >= source.size()) {
            throw new RootFormatException(name + ": header at offset 8: fBEGIN " + begin + " outside the file of "
                    + source.size() + " bytes");
        }
        return header;
    }
}
