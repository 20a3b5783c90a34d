package org.vre.data.plot;

/**
 * How to draw: size in pixels, log axes, whether overlaid histograms are scaled to unit area, whether a
 * ratio panel (each series over the first) goes under the plot, and whether a statistics box is shown.
 * {@code title}, {@code xLabel}, {@code yLabel} may use TLatex; null takes them from the data.
 */
public record PlotOptions(int width, int height, boolean logX, boolean logY, boolean normalize, boolean ratio,
                          boolean statistics, String title, String xLabel, String yLabel) {

    public static final PlotOptions DEFAULT = new PlotOptions(800, 600, false, false, false, false, true, null, null, null);

    public PlotOptions {
        if (width < 50 || height < 50 || width > 10_000 || height > 10_000) {
            throw new IllegalArgumentException("plot size " + width + "x" + height + " outside 50..10000");
        }
    }

    public PlotOptions withLogY(boolean value) {
        return new PlotOptions(width, height, logX, value, normalize, ratio, statistics, title, xLabel, yLabel);
    }

    public PlotOptions withNormalize(boolean value) {
        return new PlotOptions(width, height, logX, logY, value, ratio, statistics, title, xLabel, yLabel);
    }

    public PlotOptions withRatio(boolean value) {
        return new PlotOptions(width, height, logX, logY, normalize, value, statistics, title, xLabel, yLabel);
    }

    public PlotOptions withTitle(String value) {
        return new PlotOptions(width, height, logX, logY, normalize, ratio, statistics, value, xLabel, yLabel);
    }

    public PlotOptions withSize(int w, int h) {
        return new PlotOptions(w, h, logX, logY, normalize, ratio, statistics, title, xLabel, yLabel);
    }
}
