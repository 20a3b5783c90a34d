package org.vre.data;

/**
 * One typed column of a {@link Table}. Numbers are held in primitive arrays: integers in {@code long[]}
 * (UINT64 values above 2^63 wrap, read them with {@link Long#toUnsignedString}), floats in {@code double[]}.
 */
public sealed interface Column permits Column.Integers, Column.Floats, Column.Booleans, Column.Strings, Column.Arrays {

    String name();

    ValueType type();

    int size();

    /** The value of a row as a plain Java object (Long, Double, Boolean, String or a List for arrays). */
    Object value(int row);

    /** The value of a scalar numeric row as a double, for plotting. */
    default double number(int row) {
        throw new UnsupportedOperationException("column " + name() + " is not a numeric scalar column");
    }

    record Integers(String name, ValueType type, long[] values) implements Column {
        @Override public int size() { return values.length; }
        @Override public Object value(int row) { return values[row]; }
        @Override public double number(int row) {
            long v = values[row];
            return type == ValueType.UINT64 && v < 0 ? Double.parseDouble(Long.toUnsignedString(v)) : v;
        }
    }

    record Floats(String name, ValueType type, double[] values) implements Column {
        @Override public int size() { return values.length; }
        @Override public Object value(int row) { return values[row]; }
        @Override public double number(int row) { return values[row]; }
    }

    record Booleans(String name, boolean[] values) implements Column {
        @Override public ValueType type() { return ValueType.BOOL; }
        @Override public int size() { return values.length; }
        @Override public Object value(int row) { return values[row]; }
        @Override public double number(int row) { return values[row] ? 1 : 0; }
    }

    record Strings(String name, String[] values) implements Column {
        @Override public ValueType type() { return ValueType.STRING; }
        @Override public int size() { return values.length; }
        @Override public Object value(int row) { return values[row]; }
    }

    /**
     * A column whose rows are arrays (fixed or variable length), stored flat: row r holds
     * {@code flat} elements {@code offsets[r]} to {@code offsets[r+1]-1}, the layout Arrow and awkward use.
     */
    record Arrays(String name, int[] offsets, Column flat) implements Column {
        @Override public ValueType type() { return flat.type(); }
        @Override public int size() { return offsets.length - 1; }
        public int length(int row) { return offsets[row + 1] - offsets[row]; }
        @Override public Object value(int row) {
            java.util.List<Object> list = new java.util.ArrayList<>(length(row));
            for (int i = offsets[row]; i < offsets[row + 1]; i++) {
                list.add(flat.value(i));
            }
            return list;
        }
    }
}
