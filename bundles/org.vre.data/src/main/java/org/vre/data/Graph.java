package org.vre.data;

import java.util.Arrays;

/**
 * Points with optional errors. Symmetric errors are stored as equal low and high arrays; arrays without
 * errors are empty. {@code errors} says which kind the file had so a writer or viewer can tell them apart.
 */
public record Graph(String name, String title, double[] x, double[] y, double[] exLow, double[] exHigh,
                    double[] eyLow, double[] eyHigh, ErrorKind errors) implements DataObject {

    /** What kind of errors a graph carries. */
    public enum ErrorKind { NONE, SYMMETRIC, ASYMMETRIC }

    public Graph {
        if (x.length != y.length) {
            throw new IllegalArgumentException("graph " + name + ": " + x.length + " x values but " + y.length + " y values");
        }
        exLow = orEmpty(exLow, x.length, "exLow", name);
        exHigh = orEmpty(exHigh, x.length, "exHigh", name);
        eyLow = orEmpty(eyLow, x.length, "eyLow", name);
        eyHigh = orEmpty(eyHigh, x.length, "eyHigh", name);
    }

    public static Graph of(String name, String title, double[] x, double[] y) {
        return new Graph(name, title, x, y, null, null, null, null, ErrorKind.NONE);
    }

    public static Graph withErrors(String name, String title, double[] x, double[] y, double[] ex, double[] ey) {
        return new Graph(name, title, x, y, ex, ex, ey, ey, ErrorKind.SYMMETRIC);
    }

    public int size() {
        return x.length;
    }

    public boolean hasErrors() {
        return errors != ErrorKind.NONE;
    }

    private static double[] orEmpty(double[] values, int n, String what, String name) {
        if (values == null || values.length == 0) {
            return new double[0];
        }
        if (values.length != n) {
            throw new IllegalArgumentException("graph " + name + ": " + what + " has " + values.length + " values for " + n + " points");
        }
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Graph g && name.equals(g.name) && Arrays.equals(x, g.x) && Arrays.equals(y, g.y)
                && Arrays.equals(eyLow, g.eyLow) && Arrays.equals(eyHigh, g.eyHigh);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(x) * 31 + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "Graph[" + name + ", " + x.length + " points, " + errors + "]";
    }
}
