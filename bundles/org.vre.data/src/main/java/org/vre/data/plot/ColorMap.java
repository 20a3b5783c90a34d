package org.vre.data.plot;

import java.awt.Color;
import java.awt.Paint;

import org.jfree.chart.renderer.PaintScale;

/** A perceptually even blue-green-yellow scale (like ROOT's kViridis), optionally on log values. */
final class ColorMap implements PaintScale {

    private static final int[][] STOPS = {
        {68, 1, 84}, {59, 82, 139}, {33, 145, 140}, {94, 201, 98}, {253, 231, 37}};

    private final double lower;
    private final double upper;
    private final boolean log;

    ColorMap(double lower, double upper, boolean log) {
        this.lower = lower;
        this.upper = upper > lower ? upper : lower + 1;
        this.log = log;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        if (Double.isNaN(value) || value <= 0 && log || value == 0) {
            return new Color(255, 255, 255, 0);
        }
        double f = log ? (Math.log(value) - Math.log(Math.max(lower, 1e-300))) / (Math.log(upper) - Math.log(Math.max(lower, 1e-300)))
                : (value - lower) / (upper - lower);
        f = Math.max(0, Math.min(1, f));
        double pos = f * (STOPS.length - 1);
        int i = Math.min((int) pos, STOPS.length - 2);
        double t = pos - i;
        return new Color(mix(STOPS[i][0], STOPS[i + 1][0], t), mix(STOPS[i][1], STOPS[i + 1][1], t),
                mix(STOPS[i][2], STOPS[i + 1][2], t));
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }
}
