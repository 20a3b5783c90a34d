package org.vre.data.root;

import java.nio.file.Path;
import java.util.List;

import org.vre.data.DataFile;
import org.vre.data.DataReader;

/** The ROOT format for the reader registry. */
public final class RootDataReader implements DataReader {

    private final ReadLimits limits;

    public RootDataReader() {
        this(ReadLimits.DEFAULT);
    }

    public RootDataReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public String format() {
        return "ROOT";
    }

    @Override
    public List<String> extensions() {
        return List.of("root");
    }

    @Override
    public boolean matchesMagic(byte[] head) {
        return head.length >= 4 && head[0] == 'r' && head[1] == 'o' && head[2] == 'o' && head[3] == 't';
    }

    @Override
    public DataFile open(Path file) {
        return new RootDataFile(RootFile.open(file, limits));
    }
}
