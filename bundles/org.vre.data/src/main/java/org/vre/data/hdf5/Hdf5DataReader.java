package org.vre.data.hdf5;

import java.nio.file.Path;
import java.util.List;

import org.vre.data.DataFile;
import org.vre.data.DataReader;

/** The HDF5 format for the reader registry. */
public final class Hdf5DataReader implements DataReader {

    private static final byte[] MAGIC = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    @Override
    public String format() {
        return "HDF5";
    }

    @Override
    public List<String> extensions() {
        return List.of("h5", "hdf5", "he5", "nc");
    }

    @Override
    public boolean matchesMagic(byte[] head) {
        if (head.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (head[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public DataFile open(Path file) {
        return new Hdf5DataFile(file);
    }
}
