package org.vre.data.root;

/** Converts the primitive arrays the object reader produces. */
final class NumericArrays {

    private NumericArrays() {
    }

    static double[] toDoubles(Object array) {
        if (array == null) {
            return new double[0];
        }
        if (array instanceof double[] d) {
            return d;
        }
        if (array instanceof long[] l) {
            double[] out = new double[l.length];
            for (int i = 0; i < l.length; i++) {
                out[i] = l[i];
            }
            return out;
        }
        if (array instanceof boolean[] b) {
            double[] out = new double[b.length];
            for (int i = 0; i < b.length; i++) {
                out[i] = b[i] ? 1 : 0;
            }
            return out;
        }
        throw new RootFormatException("expected a numeric array, found " + array.getClass().getSimpleName());
    }

    static long[] toLongs(Object array) {
        if (array == null) {
            return new long[0];
        }
        if (array instanceof long[] l) {
            return l;
        }
        if (array instanceof double[] d) {
            long[] out = new long[d.length];
            for (int i = 0; i < d.length; i++) {
                out[i] = (long) d[i];
            }
            return out;
        }
        throw new RootFormatException("expected an integer array, found " + array.getClass().getSimpleName());
    }
}
