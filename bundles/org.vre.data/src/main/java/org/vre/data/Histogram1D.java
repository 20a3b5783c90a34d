package org.vre.data;

import java.util.Arrays;

/**
 * A one-dimensional histogram. {@code contents} has length bins+2 (index 0 underflow, bins+1 overflow);
 * {@code sumw2} has the same length when the file kept per-bin squared weights, else it is empty and the
 * error of a bin is the square root of its content (Poisson), as ROOT does.
 */
public record Histogram1D(String name, String title, Axis xAxis, double[] contents, double[] sumw2,
                          double entries, Moments moments) implements DataObject {

    public Histogram1D {
        if (contents.length != xAxis.bins() + 2) {
            throw new IllegalArgumentException("histogram " + name + ": " + contents.length
                    + " contents for " + xAxis.bins() + " bins (+2 under/overflow expected)");
        }
        if (sumw2 == null) {
            sumw2 = new double[0];
        }
        if (sumw2.length != 0 && sumw2.length != contents.length) {
            throw new IllegalArgumentException("histogram " + name + ": sumw2 length " + sumw2.length);
        }
    }

    public int bins() {
        return xAxis.bins();
    }

    public double content(int bin) {
        return contents[bin];
    }

    public double error(int bin) {
        return sumw2.length > 0 ? Math.sqrt(sumw2[bin]) : Math.sqrt(Math.abs(contents[bin]));
    }

    /** Sum of the in-range bins (ROOT's GetSumOfWeights). */
    public double sumOfWeights() {
        double sum = 0;
        for (int i = 1; i <= bins(); i++) {
            sum += contents[i];
        }
        return sum;
    }

    /** The same histogram scaled by {@code factor} (errors scale with it). */
    public Histogram1D scaled(double factor) {
        double[] c = contents.clone();
        double[] s = new double[contents.length];
        for (int i = 0; i < c.length; i++) {
            double e = error(i);
            c[i] *= factor;
            s[i] = e * e * factor * factor;
        }
        return new Histogram1D(name, title, xAxis, c, s, entries, moments);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram1D h && name.equals(h.name) && xAxis.equals(h.xAxis)
                && Arrays.equals(contents, h.contents) && Arrays.equals(sumw2, h.sumw2);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(contents);
    }

    @Override
    public String toString() {
        return "Histogram1D[" + name + ", " + xAxis + ", entries=" + entries + "]";
    }
}
