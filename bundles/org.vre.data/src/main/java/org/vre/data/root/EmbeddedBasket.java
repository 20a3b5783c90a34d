package org.vre.data.root;

/**
 * A TBasket stored inside its branch (the branch's last, unfinished basket when the tree was written):
 * ROOT's hand-written TBasket streamer, the key header first, then the buffer with entry offsets.
 */
final class EmbeddedBasket {

    private EmbeddedBasket() {
    }

    static Object read(ObjectReader reader) {
        RootBuffer b = reader.buffer();
        b.i32(); // fNbytes
        int keyVersion = b.i16();
        b.i32(); // fObjlen
        b.u32(); // fDatime
        int keyLen = b.i16();
        b.i16(); // fCycle
        if (keyVersion > 1000) {
            b.i64();
            b.i64();
        } else {
            b.i32();
            b.i32();
        }
        b.tstring();
        b.tstring();
        b.tstring();
        ObjectReader.Version v = reader.readVersion();
        b.i32(); // fBufferSize
        int nevBufSize = b.i32();
        if (nevBufSize < 0) {
            b.i8(); // fIOBits
        }
        int nevBuf = b.i32();
        int last = b.i32();
        int flag = b.i8();
        if (nevBuf < 0 || last < keyLen || keyLen < 0) {
            throw b.error("embedded basket with " + nevBuf + " entries and fLast " + last + " (corrupted)");
        }
        boolean generateOffsets = flag >= 80;
        if (generateOffsets) {
            flag -= 80;
        }
        int[] offsets = null;
        if (!generateOffsets && flag != 0 && flag % 10 != 2) {
            if (nevBuf > 0) {
                int n = b.count(b.i32(), 4, "basket entry offsets");
                offsets = new int[n];
                for (int i = 0; i < n; i++) {
                    offsets[i] = b.i32();
                }
                if (20 < flag && flag < 40) {
                    for (int i = 0; i < n; i++) {
                        offsets[i] &= ~0xFF000000;
                    }
                }
            }
            if (flag > 40) {
                int n = b.count(b.i32(), 4, "basket displacements");
                b.skip(4 * n);
            }
        }
        if (flag == 1 || flag > 10) {
            byte[] buffer;
            if (v.version() > 1) {
                buffer = b.bytes(b.count(last, 1, "basket buffer"));
            } else {
                int n = b.count(b.i32(), 1, "basket buffer");
                buffer = b.bytes(n);
            }
            int dataLength = last - keyLen;
            byte[] data = new byte[dataLength];
            System.arraycopy(buffer, keyLen, data, 0, dataLength);
            return Basket.of(data, dataLength, nevBuf, offsets, keyLen, b.context() + ", embedded basket");
        }
        return null;
    }
}
