package org.vre.data;

import java.util.Arrays;

/**
 * A two-dimensional histogram in ROOT's global-bin order: bin = ix + (nx+2)*iy, with under/overflow
 * rows and columns included, so {@code contents} has (nx+2)*(ny+2) values.
 */
public record Histogram2D(String name, String title, Axis xAxis, Axis yAxis, double[] contents, double[] sumw2,
                          double entries, Moments moments) implements DataObject {

    public Histogram2D {
        int expected = (xAxis.bins() + 2) * (yAxis.bins() + 2);
        if (contents.length != expected) {
            throw new IllegalArgumentException("histogram " + name + ": " + contents.length
                    + " contents, expected " + expected);
        }
        if (sumw2 == null) {
            sumw2 = new double[0];
        }
    }

    public int globalBin(int ix, int iy) {
        return ix + (xAxis.bins() + 2) * iy;
    }

    public double content(int ix, int iy) {
        return contents[globalBin(ix, iy)];
    }

    public double error(int ix, int iy) {
        int bin = globalBin(ix, iy);
        return sumw2.length > 0 ? Math.sqrt(sumw2[bin]) : Math.sqrt(Math.abs(contents[bin]));
    }

    public double sumOfWeights() {
        double sum = 0;
        for (int iy = 1; iy <= yAxis.bins(); iy++) {
            for (int ix = 1; ix <= xAxis.bins(); ix++) {
                sum += content(ix, iy);
            }
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram2D h && name.equals(h.name) && Arrays.equals(contents, h.contents);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(contents);
    }

    @Override
    public String toString() {
        return "Histogram2D[" + name + ", " + xAxis + " x " + yAxis + "]";
    }
}
