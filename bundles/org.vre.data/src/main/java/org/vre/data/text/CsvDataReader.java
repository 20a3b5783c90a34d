package org.vre.data.text;

import java.nio.file.Path;
import java.util.List;

import org.vre.data.DataFile;
import org.vre.data.DataReader;

/** CSV/TSV tables and histograms (by extension only: text has no magic). */
public final class CsvDataReader implements DataReader {

    @Override
    public String format() {
        return "CSV";
    }

    @Override
    public List<String> extensions() {
        return List.of("csv", "tsv", "txt");
    }

    @Override
    public boolean matchesMagic(byte[] head) {
        return false;
    }

    @Override
    public DataFile open(Path file) {
        return new CsvDataFile(file);
    }
}
