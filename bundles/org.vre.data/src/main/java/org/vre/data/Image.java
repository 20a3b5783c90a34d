package org.vre.data;

import java.util.Arrays;

/**
 * An n-dimensional array of pixels in file order, last axis fastest (numpy order: shape = {..., height, width}).
 * Values are after any scaling the format defines (FITS BSCALE/BZERO). Row 0 is the bottom row, as in FITS.
 */
public record Image(String name, String title, int[] shape, double[] values, ValueType type) implements DataObject {

    public Image {
        long n = 1;
        for (int s : shape) {
            n *= s;
        }
        if (n != values.length) {
            throw new IllegalArgumentException("image " + name + ": shape " + Arrays.toString(shape)
                    + " needs " + n + " values, got " + values.length);
        }
    }

    public int width() {
        return shape.length == 0 ? 1 : shape[shape.length - 1];
    }

    public int height() {
        return shape.length < 2 ? 1 : shape[shape.length - 2];
    }

    /** Pixel of the first plane at column x and row y. */
    public double pixel(int x, int y) {
        return values[y * width() + x];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Image i && name.equals(i.name) && Arrays.equals(shape, i.shape) && Arrays.equals(values, i.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Image[" + name + ", " + Arrays.toString(shape) + "]";
    }
}
