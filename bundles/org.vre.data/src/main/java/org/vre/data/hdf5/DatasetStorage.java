package org.vre.data.hdf5;

import java.util.List;

/**
 * How an HDF5 dataset is stored, as a physicist checking a file wants to see it.
 *
 * @param dtype     the element type in numpy spelling ({@link NumpyDtype#str})
 * @param layout    {@code contiguous}, {@code chunked}, {@code compact} or {@code virtual}
 * @param chunks    the chunk shape, or null when the dataset is not chunked
 * @param filters   the filter pipeline in order (deflate, shuffle, lzf...), empty when none
 * @param fillValue the value unwritten elements read as: the stored fill value, else zero of the type
 *                  (a map per member for compounds, a list for fixed arrays); null for variable-length
 *                  data, whose fill is "no value"
 */
public record DatasetStorage(String dtype, String layout, List<Integer> chunks, List<Filter> filters, Object fillValue) {

    /** HDF5 filter identifiers with a meaning of their own in h5py's dataset properties. */
    public static final int DEFLATE = 1;
    public static final int SHUFFLE = 2;
    public static final int FLETCHER32 = 3;
    public static final int SZIP = 4;
    public static final int LZF = 32000;

    public DatasetStorage {
        chunks = chunks == null ? null : List.copyOf(chunks);
        filters = List.copyOf(filters);
    }

    /** One step of the filter pipeline with its client data (the deflate level for deflate). */
    public record Filter(int id, String name, List<Integer> data) {
        public Filter {
            data = List.copyOf(data);
        }
    }

    public boolean hasFilter(int id) {
        return filters.stream().anyMatch(f -> f.id() == id);
    }

    /** h5py's {@code compression}: the first of gzip, lzf, szip in the pipeline, else null. */
    public String compression() {
        return hasFilter(DEFLATE) ? "gzip" : hasFilter(LZF) ? "lzf" : hasFilter(SZIP) ? "szip" : null;
    }

    /** h5py's {@code compression_opts}: the deflate level; null for lzf, which takes no options. */
    public Object compressionOptions() {
        for (Filter f : filters) {
            if (f.id() == DEFLATE) {
                return f.data().isEmpty() ? null : f.data().get(0);
            }
            if (f.id() == SZIP) {
                return f.data();
            }
        }
        return null;
    }
}
