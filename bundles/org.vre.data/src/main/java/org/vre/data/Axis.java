package org.vre.data;

import java.util.Arrays;
import java.util.List;

/**
 * A binned axis: {@code bins} bins between {@code min} and {@code max}, with {@code edges} (length bins+1)
 * always filled. {@code variable} is true when the file stored explicit edges (null or empty {@code edges}
 * make an equal-width axis). Bin 0 is underflow and bin {@code bins + 1} overflow, as in ROOT.
 */
public record Axis(String name, String title, int bins, double min, double max, double[] edges, List<String> labels,
                   boolean variable) {

    public Axis(String name, String title, int bins, double min, double max, double[] edges, List<String> labels) {
        this(name, title, bins, min, max, edges, labels, edges != null && edges.length > 0);
    }

    public Axis {
        if (bins < 1) {
            throw new IllegalArgumentException("an axis needs at least one bin, got " + bins);
        }
        if (edges == null || edges.length == 0) {
            edges = uniformEdges(bins, min, max);
            variable = false;
        } else if (edges.length != bins + 1) {
            throw new IllegalArgumentException("axis " + name + ": " + edges.length + " edges for " + bins + " bins");
        }
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    /** An equal-width axis. */
    public static Axis uniform(String name, String title, int bins, double min, double max) {
        return new Axis(name, title, bins, min, max, null, List.of());
    }

    /** True when the file stored explicit bin edges rather than min/max. */
    public boolean isVariable() {
        return variable;
    }

    public double lowEdge(int bin) {
        return edges[bin - 1];
    }

    public double highEdge(int bin) {
        return edges[bin];
    }

    public double center(int bin) {
        return 0.5 * (edges[bin - 1] + edges[bin]);
    }

    public double width(int bin) {
        return edges[bin] - edges[bin - 1];
    }

    /** The bin holding {@code x}, with ROOT's convention: 0 below, bins+1 at or above the upper edge. */
    public int findBin(double x) {
        if (x < min) {
            return 0;
        }
        if (!(x < max)) {
            return bins + 1;
        }
        if (!variable) {
            // ROOT's own arithmetic, so values on a bin edge land where ROOT put them
            return Math.min(bins, 1 + (int) (bins * (x - min) / (max - min)));
        }
        int index = Arrays.binarySearch(edges, x);
        return index >= 0 ? index + 1 : -index - 1;
    }

    private static double[] uniformEdges(int bins, double min, double max) {
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            edges[i] = min + i * (max - min) / bins;
        }
        return edges;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Axis a && name.equals(a.name) && title.equals(a.title) && bins == a.bins
                && Double.compare(min, a.min) == 0 && Double.compare(max, a.max) == 0
                && Arrays.equals(edges, a.edges) && labels.equals(a.labels);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(edges);
    }

    @Override
    public String toString() {
        return "Axis[" + name + ", " + bins + " bins, " + min + ".." + max + "]";
    }
}
