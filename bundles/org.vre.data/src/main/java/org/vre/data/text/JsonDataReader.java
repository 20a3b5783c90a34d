package org.vre.data.text;

import java.nio.file.Path;
import java.util.List;

import org.vre.data.DataFile;
import org.vre.data.DataReader;

/** JSON histograms, graphs and tables in the documented layouts (by extension only). */
public final class JsonDataReader implements DataReader {

    @Override
    public String format() {
        return "JSON";
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public boolean matchesMagic(byte[] head) {
        return false;
    }

    @Override
    public DataFile open(Path file) {
        return new JsonDataFile(file);
    }
}
