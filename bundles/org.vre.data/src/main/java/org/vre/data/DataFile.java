package org.vre.data;

import java.nio.file.Path;

/** An opened data file: its tree of named objects and a way to read each. Close it when done. */
public interface DataFile extends AutoCloseable {

    Path path();

    /** The format's name, e.g. "ROOT", "FITS". */
    String format();

    /** The root of the object tree (a directory whose children are the file's top-level objects). */
    DataNode root();

    /**
     * Reads the object at {@code path} (as in {@link DataNode#path()}) into the neutral model.
     *
     * @throws org.vre.core.VreException when the object does not exist, cannot be converted, or is damaged
     */
    DataObject read(String path);

    @Override
    void close();
}
