package org.vre.data.hdf5;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/** Describes an HDF5 file with the field names of the h5py reference answers (objects, shape, firstValues...). */
public final class Hdf5Inspection {

    private static final int FIRST = 10;

    private Hdf5Inspection() {
    }

    public static Map<String, Object> describe(Hdf5DataFile file) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.path().getFileName().toString());
        out.put("size", file.path().toFile().length());
        out.put("superblockVersion", file.superblockVersion());
        List<Object> objects = new ArrayList<>();
        visit(file, file.hdf(), objects, new java.util.HashSet<>());
        out.put("objects", objects);
        out.put("rootAttributes", file.attributes(file.hdf()));
        return out;
    }

    /** The storage properties under h5py's names, so answers compare with a Python session's. */
    private static void putStorage(Map<String, Object> m, DatasetStorage storage) {
        m.put("dtype", storage.dtype());
        m.put("chunks", storage.chunks());
        m.put("compression", storage.compression());
        m.put("compression_opts", storage.compressionOptions());
        m.put("shuffle", storage.hasFilter(DatasetStorage.SHUFFLE));
        m.put("fletcher32", storage.hasFilter(DatasetStorage.FLETCHER32));
        m.put("fillvalue", storage.fillValue());
        m.put("layout", storage.layout());
        m.put("filters", storage.filters());
    }

    /** h5py's visititems order: by name, depth first, soft links not followed, each object once. */
    private static void visit(Hdf5DataFile file, Group group, List<Object> out, java.util.Set<Long> seen) {
        for (Node child : new TreeMap<>(group.getChildren()).values()) {
            if (child.isLink() || !seen.add(child.getAddress())) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", child.getPath().endsWith("/") && child.getPath().length() > 1
                    ? child.getPath().substring(0, child.getPath().length() - 1) : child.getPath());
            m.put("attributes", file.attributes(child));
            if (child instanceof Group g) {
                m.put("type", "group");
                m.put("members", new ArrayList<>(new TreeMap<>(g.getChildren()).keySet()));
                out.add(m);
                visit(file, g, out, seen);
            } else if (child instanceof Dataset d) {
                m.put("type", "dataset");
                m.put("shape", d.isEmpty() ? null : java.util.Arrays.stream(d.getDimensions()).boxed().toList());
                putStorage(m, Hdf5DataFile.storage(d));
                if (d.isEmpty()) {
                    m.put("value", null);
                } else if (d.isCompound()) {
                    CompoundValues values = Hdf5DataFile.compoundValues(d);
                    if (d.isScalar()) {
                        m.put("value", values.element(0));
                    } else {
                        List<Object> first = new ArrayList<>();
                        for (int i = 0; i < Math.min(FIRST, values.elements()); i++) {
                            first.add(values.element(i));
                        }
                        m.put("firstValues", first);
                    }
                } else if (d.isScalar()) {
                    m.put("value", Hdf5DataFile.plain(d.getData()));
                } else {
                    Object flat = d.getDataFlat();
                    List<Object> first = new ArrayList<>();
                    double sum = 0;
                    boolean numeric = true;
                    for (int i = 0; i < Array.getLength(flat); i++) {
                        Object v = Array.get(flat, i);
                        if (i < FIRST) {
                            first.add(Hdf5DataFile.plain(v));
                        }
                        if (v instanceof Number n) {
                            sum += n.doubleValue();
                        } else {
                            numeric = false;
                        }
                    }
                    m.put("firstValues", first);
                    if (numeric) {
                        m.put("sum", sum);
                    }
                }
                out.add(m);
            }
        }
    }
}
