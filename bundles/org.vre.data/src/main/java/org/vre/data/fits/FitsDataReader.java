package org.vre.data.fits;

import java.nio.file.Path;
import java.util.List;

import org.vre.data.DataFile;
import org.vre.data.DataReader;

/** The FITS format for the reader registry. */
public final class FitsDataReader implements DataReader {

    @Override
    public String format() {
        return "FITS";
    }

    @Override
    public List<String> extensions() {
        return List.of("fits", "fit", "fts");
    }

    @Override
    public boolean matchesMagic(byte[] head) {
        return head.length >= 9 && new String(head, 0, 9, java.nio.charset.StandardCharsets.US_ASCII).equals("SIMPLE  =");
    }

    @Override
    public DataFile open(Path file) {
        return new FitsDataFile(file);
    }
}
