package org.vre.data.hdf5;

import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.vre.core.VreException;
import org.vre.data.Column;
import org.vre.data.DataFile;
import org.vre.data.DataNode;
import org.vre.data.DataObject;
import org.vre.data.Image;
import org.vre.data.Table;
import org.vre.data.ValueType;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.dataset.ChunkedDataset;
import io.jhdf.filter.PipelineFilterWithData;
import io.jhdf.object.datatype.ArrayDataType;
import io.jhdf.object.datatype.CompoundDataType;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.EnumDataType;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;
import io.jhdf.object.datatype.Reference;
import io.jhdf.object.datatype.StringData;

/**
 * An HDF5 file read with jhdf: groups become directories, datasets become tables (1-D numeric, string and
 * compound datasets) or images (2-D and higher numeric datasets); attributes become node attributes.
 */
public final class Hdf5DataFile implements DataFile {

    private static final long MAX_VALUES = 200_000_000L;

    private final Path path;
    private final HdfFile hdf;
    private final Map<Long, String> pathsByAddress = new HashMap<>();
    private final DataNode root;

    public Hdf5DataFile(Path path) {
        this.path = path;
        try {
            this.hdf = new HdfFile(path);
            indexAddresses(hdf);
            this.root = node(hdf, "");
        } catch (VreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new VreException(path.getFileName() + ": not a readable HDF5 file: " + e.getMessage(), e);
        }
    }

    HdfFile hdf() {
        return hdf;
    }

    /** The version of the superblock, which tells which HDF5 library versions can read the file. */
    public int superblockVersion() {
        return hdf.getHdfBackingStorage().getSuperblock().getVersionOfSuperblock();
    }

    /** Object references hold header addresses; this lets attributes show the path they point to instead. */
    private void indexAddresses(Group group) {
        pathsByAddress.putIfAbsent(group.getAddress(), group.getPath().length() > 1 && group.getPath().endsWith("/")
                ? group.getPath().substring(0, group.getPath().length() - 1) : group.getPath());
        for (Node child : new TreeMap<>(group.getChildren()).values()) {
            if (child.isLink() || pathsByAddress.containsKey(child.getAddress())) {
                continue;
            }
            if (child instanceof Group g) {
                indexAddresses(g);
            } else {
                pathsByAddress.put(child.getAddress(), child.getPath());
            }
        }
    }

    /** How the dataset at {@code datasetPath} is stored: dtype, layout, chunks, filters, fill value. */
    public DatasetStorage storage(String datasetPath) {
        Dataset dataset = dataset(datasetPath);
        try {
            return storage(dataset);
        } catch (RuntimeException e) {
            throw new VreException(path.getFileName() + ": storage of dataset '" + datasetPath + "' cannot be read: " + e.getMessage(), e);
        }
    }

    static DatasetStorage storage(Dataset dataset) {
        List<Integer> chunks = dataset instanceof ChunkedDataset c
                ? java.util.Arrays.stream(c.getChunkDimensions()).boxed().toList() : null;
        List<DatasetStorage.Filter> filters = new ArrayList<>();
        for (PipelineFilterWithData f : dataset.getFilters()) {
            filters.add(new DatasetStorage.Filter(f.getId(), f.getName(),
                    java.util.Arrays.stream(f.getFilterData()).boxed().toList()));
        }
        Object stored = dataset.getFillValue();
        Object fill = stored != null ? plain(stored) : zero(dataset.getDataType());
        return new DatasetStorage(NumpyDtype.str(dataset.getDataType()),
                dataset.getDataLayout().name().toLowerCase(java.util.Locale.ROOT), chunks, filters, fill);
    }

    /** What an element never written reads as when the file defines no fill value: zero bytes, typed. */
    static Object zero(DataType type) {
        if (type instanceof CompoundDataType c) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (CompoundDataType.CompoundDataMember m : c.getMembers()) {
                Object z = zero(m.getDataType());
                int[] dims = m.getDimensionSize();
                out.put(m.getName(), dims == null || dims.length == 0 ? z : repeat(z, dims, 0));
            }
            return out;
        }
        if (type instanceof ArrayDataType a) {
            return repeat(zero(a.getBaseType()), a.getArrayTypeDimensions(), 0);
        }
        if (type instanceof FloatingPoint) {
            return 0.0;
        }
        if (type instanceof FixedPoint || type instanceof EnumDataType) {
            return 0L;
        }
        if (type instanceof StringData) {
            return "";
        }
        return null;
    }

    private static Object repeat(Object value, int[] dims, int level) {
        List<Object> out = new ArrayList<>(dims[level]);
        for (int i = 0; i < dims[level]; i++) {
            out.add(level == dims.length - 1 ? value : repeat(value, dims, level + 1));
        }
        return out;
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public String format() {
        return "HDF5";
    }

    @Override
    public DataNode root() {
        return root;
    }

    private DataNode node(Node node, String parentPath) {
        String nodePath = node.getPath();
        Map<String, Object> attributes = attributes(node);
        if (node instanceof Group group) {
            List<DataNode> children = new ArrayList<>();
            for (Node child : new TreeMap<>(group.getChildren()).values()) {
                try {
                    children.add(node(child, nodePath));
                } catch (RuntimeException e) {
                    // a soft link to nothing: show it, so users see why the object is missing
                    children.add(new DataNode(child.getName(), child.getPath(), "broken link", e.getMessage(),
                            DataNode.Kind.OTHER, Map.of(), List.of()));
                }
            }
            String name = nodePath.equals("/") ? path.getFileName().toString() : node.getName();
            return new DataNode(name, nodePath, "group", "", DataNode.Kind.DIRECTORY, attributes, children);
        }
        if (node instanceof Dataset dataset) {
            DataNode.Kind kind = dataset.isEmpty() ? DataNode.Kind.OTHER
                    : dataset.getDimensions().length >= 2 && isNumeric(dataset) ? DataNode.Kind.IMAGE : DataNode.Kind.TABLE;
            return new DataNode(node.getName(), nodePath, "dataset", "", kind, attributes, List.of());
        }
        return new DataNode(node.getName(), nodePath, node.getType().name(), "", DataNode.Kind.OTHER, attributes, List.of());
    }

    /**
     * Attributes as plain values. An empty attribute (NULL dataspace) still has a type, so it shows as
     * {@code Empty(dtype=dtype('<f4'))} as in h5py; an object reference shows as {@code <reference /path>}.
     */
    Map<String, Object> attributes(Node node) {
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Attribute> e : new TreeMap<>(node.getAttributes()).entrySet()) {
                Attribute a = e.getValue();
                if (a.isEmpty()) {
                    out.put(e.getKey(), "Empty(dtype=dtype(" + NumpyDtype.descr(a.getDataType()) + "))");
                } else if (a.getDataType() instanceof Reference) {
                    out.put(e.getKey(), references(plain(a.getData())));
                } else {
                    out.put(e.getKey(), plain(a.getData()));
                }
            }
        } catch (RuntimeException e) {
            out.put("(error)", e.getMessage());
        }
        return out;
    }

    private Object references(Object addresses) {
        if (addresses instanceof List<?> list) {
            return list.stream().map(this::references).toList();
        }
        String target = addresses instanceof Number n ? pathsByAddress.get(n.longValue()) : null;
        return target == null ? "<reference to address " + addresses + ">" : "<reference " + target + ">";
    }

    /** Java arrays to lists so attributes print and serialise as plain values. */
    static Object plain(Object value) {
        if (value == null || !value.getClass().isArray()) {
            return value instanceof Number || value instanceof String || value instanceof Boolean ? value
                    : value == null ? null : value.toString();
        }
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < Array.getLength(value); i++) {
            list.add(plain(Array.get(value, i)));
        }
        return list;
    }

    private static boolean isNumeric(Dataset dataset) {
        Class<?> type = dataset.getJavaType();
        return type.isPrimitive() && type != boolean.class || Number.class.isAssignableFrom(type);
    }

    private Dataset dataset(String datasetPath) {
        Node node;
        try {
            node = hdf.getByPath(datasetPath);
        } catch (RuntimeException e) {
            throw new VreException(path.getFileName() + ": no dataset '" + datasetPath + "'", e);
        }
        if (!(node instanceof Dataset dataset)) {
            throw new VreException(path.getFileName() + ": '" + datasetPath + "' is a group, not a dataset");
        }
        return dataset;
    }

    @Override
    public DataObject read(String datasetPath) {
        Dataset dataset = dataset(datasetPath);
        try {
            return convert(dataset);
        } catch (VreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new VreException(path.getFileName() + ": dataset '" + datasetPath + "' cannot be read: " + e.getMessage(), e);
        }
    }

    private DataObject convert(Dataset dataset) {
        if (dataset.isEmpty()) {
            throw new VreException(path.getFileName() + ": dataset '" + dataset.getPath() + "' is empty (NULL dataspace)");
        }
        if (dataset.getSize() > MAX_VALUES) {
            throw new VreException(path.getFileName() + ": dataset '" + dataset.getPath() + "' has " + dataset.getSize()
                    + " values, too many to load");
        }
        String name = dataset.getName();
        int[] dims = dataset.getDimensions();
        if (dataset.isCompound()) {
            CompoundValues values = compoundValues(dataset);
            return new Table(name, dataset.getPath(), values.elements(), values.columns());
        }
        Object flat = dataset.isScalar() ? wrap(dataset.getData()) : dataset.getDataFlat();
        if (dims.length >= 2 && isNumeric(dataset)) {
            double[] values = doubles(flat);
            return new Image(name, dataset.getPath(), dims.clone(), values, valueType(flat));
        }
        Column column = column(name, flat);
        return new Table(name, dataset.getPath(), column.size(), List.of(column));
    }

    /** A compound dataset element by element (all dimensions flattened in C order). */
    static CompoundValues compoundValues(Dataset dataset) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) dataset.getData();
        int rank = dataset.isScalar() ? 0 : dataset.getDimensions().length;
        return new CompoundValues((CompoundDataType) dataset.getDataType(), fields, rank, (int) dataset.getSize());
    }

    private static Object wrap(Object scalar) {
        Object array = Array.newInstance(scalar.getClass(), 1);
        Array.set(array, 0, scalar);
        return array;
    }

    static Column column(String name, Object flat) {
        int n = Array.getLength(flat);
        Class<?> type = flat.getClass().getComponentType();
        if (type == double.class || type == float.class || type == Double.class || type == Float.class) {
            return new Column.Floats(name, type == float.class || type == Float.class ? ValueType.FLOAT32 : ValueType.FLOAT64, doubles(flat));
        }
        if (type == boolean.class || type == Boolean.class) {
            boolean[] out = new boolean[n];
            for (int i = 0; i < n; i++) {
                out[i] = (Boolean) Array.get(flat, i);
            }
            return new Column.Booleans(name, out);
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                Object v = Array.get(flat, i);
                out[i] = v instanceof java.math.BigInteger b ? b.longValue() : ((Number) v).longValue();
            }
            return new Column.Integers(name, valueType(flat), out);
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            Object v = Array.get(flat, i);
            out[i] = v == null ? null : v.getClass().isArray() ? plain(v).toString() : v.toString();
        }
        return new Column.Strings(name, out);
    }

    private static ValueType valueType(Object flat) {
        Class<?> t = flat.getClass().getComponentType();
        if (t == byte.class || t == Byte.class) {
            return ValueType.INT8;
        }
        if (t == short.class || t == Short.class) {
            return ValueType.INT16;
        }
        if (t == int.class || t == Integer.class) {
            return ValueType.INT32;
        }
        if (t == float.class || t == Float.class) {
            return ValueType.FLOAT32;
        }
        if (t == double.class || t == Double.class) {
            return ValueType.FLOAT64;
        }
        return ValueType.INT64;
    }

    static double[] doubles(Object flat) {
        int n = Array.getLength(flat);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            Object v = Array.get(flat, i);
            out[i] = v instanceof java.math.BigInteger b ? b.doubleValue() : ((Number) v).doubleValue();
        }
        return out;
    }

    @Override
    public void close() {
        hdf.close();
    }
}
