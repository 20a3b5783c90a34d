package org.vre.data.fits;

import java.lang.reflect.Array;

import org.vre.data.Column;
import org.vre.data.ValueType;

/** Builds typed columns from nom-tam's per-cell arrays (a one-element array per scalar cell). */
final class FitsColumns {

    private FitsColumns() {
    }

    static Column column(String name, Object[] cells, String tform, boolean decimalText) {
        int rows = cells.length;
        Object sample = null;
        for (Object cell : cells) {
            if (cell != null) {
                sample = cell;
                break;
            }
        }
        if (sample == null || sample instanceof String || sample instanceof String[]) {
            String[] values = new String[rows];
            for (int r = 0; r < rows; r++) {
                Object cell = cells[r];
                values[r] = cell == null ? null : cell instanceof String[] s ? (s.length == 0 ? "" : s[0].trim()) : cell.toString().trim();
            }
            return new Column.Strings(name, values);
        }
        boolean scalar = true;
        int total = 0;
        int[] offsets = new int[rows + 1];
        for (int r = 0; r < rows; r++) {
            int length = cells[r] == null ? 1 : cells[r].getClass().isArray() ? Array.getLength(cells[r]) : 1;
            if (length != 1 || tform.endsWith("X")) {
                scalar = false;
            }
            total += length;
            offsets[r + 1] = total;
        }
        Column flat = flat(name, cells, total, sample, decimalText);
        return scalar ? flat : new Column.Arrays(name, offsets, flat);
    }

    private static Column flat(String name, Object[] cells, int total, Object sample, boolean decimalText) {
        Class<?> component = sample.getClass().isArray() ? sample.getClass().getComponentType() : sample.getClass();
        if (component == boolean.class || component == Boolean.class) {
            boolean[] out = new boolean[total];
            int n = 0;
            for (Object cell : cells) {
                for (int i = 0; i < length(cell); i++) {
                    Object v = Array.get(cell, i);
                    out[n++] = v instanceof Boolean b && b;
                }
            }
            return new Column.Booleans(name, out);
        }
        if (component == float.class || component == double.class) {
            double[] out = new double[total];
            int n = 0;
            for (Object cell : cells) {
                if (cell == null) {
                    out[n++] = Double.NaN;
                    continue;
                }
                for (int i = 0; i < length(cell); i++) {
                    Object v = Array.get(cell, i);
                    // an ASCII table holds decimal text: give the number written, not the float nearest to it
                    out[n++] = decimalText && v instanceof Float f ? Double.parseDouble(Float.toString(f))
                            : ((Number) v).doubleValue();
                }
            }
            return new Column.Floats(name, component == float.class ? ValueType.FLOAT32 : ValueType.FLOAT64, out);
        }
        long[] out = new long[total];
        int n = 0;
        for (Object cell : cells) {
            if (cell == null) {
                out[n++] = 0;
                continue;
            }
            for (int i = 0; i < length(cell); i++) {
                out[n++] = ((Number) Array.get(cell, i)).longValue();
            }
        }
        ValueType type = component == byte.class ? ValueType.UINT8 : component == short.class ? ValueType.INT16
                : component == int.class ? ValueType.INT32 : ValueType.INT64;
        return new Column.Integers(name, type, out);
    }

    private static int length(Object cell) {
        return cell == null ? 0 : cell.getClass().isArray() ? Array.getLength(cell) : 1;
    }
}
