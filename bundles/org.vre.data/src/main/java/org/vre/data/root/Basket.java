package org.vre.data.root;

/**
 * One basket of a branch, uncompressed: the entry data and where each entry starts within it.
 * {@code offsets} has {@code entries + 1} values (the last is the end of the data) or is null when all
 * entries have the same size.
 */
record Basket(byte[] data, int dataLength, int entries, int[] offsets) {

    int entryStart(int entry, int fixedSize) {
        return offsets == null ? entry * fixedSize : offsets[entry];
    }

    int entryEnd(int entry, int fixedSize) {
        return offsets == null ? (entry + 1) * fixedSize : offsets[entry + 1];
    }

    /**
     * Builds a basket from a buffer whose entry data starts {@code keyLen} bytes into ROOT's numbering
     * (entry offsets count from the start of the basket's key).
     */
    static Basket of(byte[] data, int dataLength, int entries, int[] rawOffsets, int keyLen, String context) {
        if (entries < 0 || rawOffsets == null && entries > dataLength && dataLength >= 0 || dataLength > data.length) {
            throw new RootFormatException(context + ": " + entries + " entries cannot fit in " + dataLength
                    + " bytes (corrupted basket header)");
        }
        int[] offsets = null;
        if (rawOffsets != null) {
            if (rawOffsets.length < entries) {
                throw new RootFormatException(context + ": " + rawOffsets.length + " entry offsets for " + entries + " entries");
            }
            offsets = new int[entries + 1];
            for (int i = 0; i < entries; i++) {
                offsets[i] = rawOffsets[i] - keyLen;
            }
            offsets[entries] = dataLength;
            for (int i = 0; i < entries; i++) {
                if (offsets[i] < 0 || offsets[i] > offsets[i + 1]) {
                    throw new RootFormatException(context + ": entry " + i + " offset " + rawOffsets[i]
                            + " is out of order or outside the basket (corrupted)");
                }
            }
        }
        return new Basket(data, dataLength, entries, offsets);
    }
}
