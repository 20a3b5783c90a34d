package org.vre.data;

import java.nio.file.Path;
import java.util.List;

/**
 * A file format. Plugins add formats by implementing this and registering it with a {@link DataReaderRegistry}
 * (in OSGi, as a service).
 */
public interface DataReader {

    /** A short name shown to users: "ROOT", "FITS", "HDF5", "CSV", "JSON". */
    String format();

    /** File name extensions this reader takes, lower case without the dot. */
    List<String> extensions();

    /**
     * Whether the first bytes of a file (up to 16, maybe fewer) look like this format; used when the
     * extension is missing or misleading.
     */
    boolean matchesMagic(byte[] head);

    /**
     * Opens {@code file}.
     *
     * @throws org.vre.core.VreException when the file cannot be read or is not of this format
     */
    DataFile open(Path file);
}
