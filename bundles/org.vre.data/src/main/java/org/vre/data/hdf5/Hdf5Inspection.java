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
        List<Object> objects = new ArrayList<>();
        visit(file.hdf(), objects, new java.util.HashSet<>());
        out.put("objects", objects);
        out.put("rootAttributes", Hdf5DataFile.attributes(file.hdf()));
        return out;
    }

    /** h5py's visititems order: by name, depth first, soft links not followed, each object once. */
    private static void visit(Group group, List<Object> out, java.util.Set<Long> seen) {
        for (Node child : new TreeMap<>(group.getChildren()).values()) {
            if (child.isLink() || !seen.add(child.getAddress())) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", child.getPath().endsWith("/") && child.getPath().length() > 1
                    ? child.getPath().substring(0, child.getPath().length() - 1) : child.getPath());
            m.put("attributes", Hdf5DataFile.attributes(child));
            if (child instanceof Group g) {
                m.put("type", "group");
                m.put("members", new ArrayList<>(new TreeMap<>(g.getChildren()).keySet()));
                out.add(m);
                visit(g, out, seen);
            } else if (child instanceof Dataset d) {
                m.put("type", "dataset");
                m.put("shape", d.isEmpty() ? null : java.util.Arrays.stream(d.getDimensions()).boxed().toList());
                if (d.isEmpty()) {
                    m.put("value", null);
                } else if (d.isScalar()) {
                    m.put("value", Hdf5DataFile.plain(d.getData()));
                } else if (!d.isCompound()) {
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
