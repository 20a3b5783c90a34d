package org.vre.data.hdf5;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vre.data.Column;
import org.vre.data.ValueType;

import io.jhdf.object.datatype.ArrayDataType;
import io.jhdf.object.datatype.CompoundDataType;
import io.jhdf.object.datatype.CompoundDataType.CompoundDataMember;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.EnumDataType;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;
import io.jhdf.object.datatype.VariableLength;

/**
 * The values of a compound dataset, element by element in C order, from jhdf's member-by-member arrays.
 * Each leaf member (nested compounds opened up, names joined with '.') keeps its HDF5 type, so enums read
 * as their stored integers (as numpy does), arrays and variable-length sequences as lists.
 */
final class CompoundValues {

    /** A leaf member: its path through nested compounds, its type and one value per element. */
    record Leaf(List<String> path, DataType type, List<Object> values) {
        String name() {
            return String.join(".", path);
        }
    }

    private final int elements;
    private final List<Leaf> leaves = new ArrayList<>();

    CompoundValues(CompoundDataType type, Map<String, Object> data, int rank, int elements) {
        this.elements = elements;
        collect(type, data, rank, List.of());
    }

    int elements() {
        return elements;
    }

    List<Leaf> leaves() {
        return leaves;
    }

    private void collect(CompoundDataType type, Map<String, Object> data, int rank, List<String> prefix) {
        for (CompoundDataMember member : type.getMembers()) {
            List<String> path = new ArrayList<>(prefix);
            path.add(member.getName());
            Object values = data.get(member.getName());
            if (member.getDataType() instanceof CompoundDataType nested) {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) values;
                collect(nested, inner, rank, path);
                continue;
            }
            List<Object> flat = new ArrayList<>(elements);
            flattenElements(values, rank, flat);
            List<Object> plain = new ArrayList<>(flat.size());
            Map<String, Long> enumValues = enumValues(member.getDataType());
            for (Object v : flat) {
                plain.add(plainValue(v, enumValues));
            }
            leaves.add(new Leaf(List.copyOf(path), member.getDataType(), plain));
        }
    }

    /** Element {@code i} as nested maps keyed by member name, the shape of one numpy structured element. */
    Map<String, Object> element(int i) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Leaf leaf : leaves) {
            Map<String, Object> target = out;
            for (int k = 0; k < leaf.path.size() - 1; k++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> next = (Map<String, Object>) target.computeIfAbsent(leaf.path.get(k), x -> new LinkedHashMap<>());
                target = next;
            }
            target.put(leaf.path.get(leaf.path.size() - 1), leaf.values.get(i));
        }
        return out;
    }

    /** One typed column per leaf member. */
    List<Column> columns() {
        List<Column> out = new ArrayList<>();
        for (Leaf leaf : leaves) {
            out.add(column(leaf.name(), leaf.type, leaf.values));
        }
        return out;
    }

    private static Column column(String name, DataType type, List<Object> values) {
        boolean lists = !values.isEmpty() && values.stream().allMatch(v -> v instanceof List<?>);
        if (lists) {
            int[] offsets = new int[values.size() + 1];
            List<Object> flat = new ArrayList<>();
            for (int r = 0; r < values.size(); r++) {
                flattenList(values.get(r), flat);
                offsets[r + 1] = flat.size();
            }
            DataType base = type instanceof ArrayDataType a ? a.getBaseType()
                    : type instanceof VariableLength v && !v.isVariableLengthString() ? v.getParent() : type;
            return new Column.Arrays(name, offsets, column(name, base, flat));
        }
        ValueType valueType = valueType(type);
        int n = values.size();
        switch (valueType) {
            case FLOAT32, FLOAT64 -> {
                double[] d = new double[n];
                for (int i = 0; i < n; i++) {
                    d[i] = ((Number) values.get(i)).doubleValue();
                }
                return new Column.Floats(name, valueType, d);
            }
            case STRING -> {
                String[] s = new String[n];
                for (int i = 0; i < n; i++) {
                    s[i] = values.get(i) == null ? null : values.get(i).toString();
                }
                return new Column.Strings(name, s);
            }
            default -> {
                long[] l = new long[n];
                for (int i = 0; i < n; i++) {
                    Object v = values.get(i);
                    l[i] = v instanceof java.math.BigInteger b ? b.longValue() : ((Number) v).longValue();
                }
                return new Column.Integers(name, valueType, l);
            }
        }
    }

    static ValueType valueType(DataType type) {
        if (type instanceof EnumDataType e) {
            return valueType(e.getBaseType());
        }
        if (type instanceof FloatingPoint f) {
            return f.getSize() == 8 ? ValueType.FLOAT64 : ValueType.FLOAT32;
        }
        if (type instanceof FixedPoint f) {
            return switch (f.getSize()) {
                case 1 -> f.isSigned() ? ValueType.INT8 : ValueType.UINT8;
                case 2 -> f.isSigned() ? ValueType.INT16 : ValueType.UINT16;
                case 4 -> f.isSigned() ? ValueType.INT32 : ValueType.UINT32;
                default -> f.isSigned() ? ValueType.INT64 : ValueType.UINT64;
            };
        }
        if (type instanceof ArrayDataType a) {
            return valueType(a.getBaseType());
        }
        return ValueType.STRING;
    }

    private static void flattenList(Object value, List<Object> out) {
        if (value instanceof List<?> list) {
            for (Object o : list) {
                flattenList(o, out);
            }
        } else {
            out.add(value);
        }
    }

    /** The first {@code rank} array levels are the dataset's dimensions; what is below belongs to one element. */
    private static void flattenElements(Object values, int rank, List<Object> out) {
        if (rank == 0) {
            out.add(values);
            return;
        }
        for (int i = 0; i < Array.getLength(values); i++) {
            flattenElements(Array.get(values, i), rank - 1, out);
        }
    }

    /** jhdf gives enum members as their names; numpy (and our tables) keep the stored integer. */
    private static Map<String, Long> enumValues(DataType type) {
        Map<String, Long> out = new HashMap<>();
        if (type instanceof EnumDataType e) {
            e.getEnumMapping().forEach((value, label) -> out.put(label, value.longValue()));
        }
        return out;
    }

    private static Object plainValue(Object v, Map<String, Long> enumValues) {
        if (v == null) {
            return null;
        }
        if (v.getClass().isArray()) {
            List<Object> list = new ArrayList<>(Array.getLength(v));
            for (int i = 0; i < Array.getLength(v); i++) {
                list.add(plainValue(Array.get(v, i), enumValues));
            }
            return list;
        }
        if (v instanceof String s && enumValues.containsKey(s)) {
            return enumValues.get(s);
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        return v;
    }
}
