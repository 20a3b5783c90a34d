package org.vre.data.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.vre.core.VreException;
import org.vre.data.Column;
import org.vre.data.DataObject;
import org.vre.data.Graph;
import org.vre.data.Histogram1D;
import org.vre.data.Histogram2D;
import org.vre.data.Image;
import org.vre.data.MultiGraph;
import org.vre.data.Profile;
import org.vre.data.Table;

/**
 * Turns data into a JFreeChart the way physicists draw it: histograms as step lines with error bars,
 * graphs as markers with error bars, tables as scatter plots, 2D histograms and images as colour maps,
 * overlays (optionally normalised) with a ratio panel, ROOT-style TLatex labels and a statistics box.
 */
public final class ChartBuilder {

    private static final Color[] COLORS = {new Color(0, 0, 0), new Color(220, 50, 47), new Color(38, 139, 210),
        new Color(0, 153, 0), new Color(211, 54, 130), new Color(181, 137, 0), new Color(108, 113, 196)};
    private static final Font LABEL_FONT = new Font("SansSerif", Font.PLAIN, 14);
    private static final int MAX_CELLS = 1_000_000;

    public JFreeChart build(List<PlotSeries> series, PlotOptions options) {
        if (series.isEmpty()) {
            throw new VreException("nothing to plot");
        }
        DataObject first = series.get(0).data();
        if (first instanceof Histogram2D || first instanceof Image) {
            if (series.size() > 1) {
                throw new VreException("2D histograms and images are drawn one at a time, not overlaid");
            }
            return colourMap(series.get(0), options);
        }
        List<Histogram1D> histograms = new ArrayList<>();
        XYPlot plot = new XYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlinePaint(Color.BLACK);
        int index = 0;
        String xLabel = null;
        for (PlotSeries s : series) {
            DataObject data = s.data() instanceof Profile p ? p.toHistogram() : s.data();
            Color color = COLORS[index % COLORS.length];
            String label = s.label() == null || s.label().isBlank() ? data.name() : s.label();
            if (data instanceof Histogram1D h) {
                Histogram1D drawn = options.normalize() ? normalised(h) : h;
                histograms.add(drawn);
                addHistogram(plot, index, drawn, LatexText.plain(label), color);
                xLabel = xLabel == null ? h.xAxis().title() : xLabel;
            } else if (data instanceof Graph g) {
                addGraph(plot, index, g, LatexText.plain(label), color);
            } else if (data instanceof MultiGraph mg) {
                for (Graph g : mg.graphs()) {
                    addGraph(plot, index, g, LatexText.plain(g.name()), COLORS[index % COLORS.length]);
                    index += 2;
                }
            } else if (data instanceof Table t) {
                addScatter(plot, index, t, s, color);
                xLabel = xLabel == null ? s.xColumn() : xLabel;
            } else {
                throw new VreException(data.name() + ": cannot overlay a " + data.getClass().getSimpleName() + " with 1D data");
            }
            index += 2;
        }
        ValueAxis x = axis(options.xLabel() != null ? options.xLabel() : xLabel == null ? "" : xLabel, options.logX());
        ValueAxis y = axis(options.yLabel() != null ? options.yLabel() : options.normalize() ? "normalised to unit area" : "",
                options.logY());
        if (y instanceof NumberAxis n && !options.logY()) {
            n.setAutoRangeIncludesZero(!histograms.isEmpty());
        }
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        if (options.statistics() && histograms.size() == 1 && series.size() == 1) {
            plot.addAnnotation(statisticsBox(histograms.get(0)));
        }
        XYPlot root = plot;
        if (options.ratio()) {
            root = withRatio(plot, histograms, x);
        }
        String title = options.title() != null ? options.title() : series.size() == 1 ? first.title() : "";
        JFreeChart chart = new JFreeChart(LatexText.plain(title), new Font("SansSerif", Font.BOLD, 16), root,
                series.size() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return chart;
    }

    private static Histogram1D normalised(Histogram1D h) {
        double area = 0;
        for (int i = 1; i <= h.bins(); i++) {
            area += h.content(i) * h.xAxis().width(i);
        }
        if (area == 0) {
            return h;
        }
        return h.scaled(1 / area);
    }

    private void addHistogram(XYPlot plot, int index, Histogram1D h, String label, Color color) {
        XYSeries steps = new XYSeries(label, false, true);
        XYIntervalSeries errors = new XYIntervalSeries(label + " errors");
        for (int i = 1; i <= h.bins(); i++) {
            steps.add(h.xAxis().lowEdge(i), h.content(i));
            steps.add(h.xAxis().highEdge(i), h.content(i));
            double e = h.error(i);
            errors.add(h.xAxis().center(i), h.xAxis().center(i), h.xAxis().center(i), h.content(i),
                    h.content(i) - e, h.content(i) + e);
        }
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, color);
        line.setSeriesStroke(0, new BasicStroke(1.5f));
        plot.setDataset(index, new XYSeriesCollection(steps));
        plot.setRenderer(index, line);
        XYErrorRenderer bars = new XYErrorRenderer();
        bars.setDefaultShapesVisible(false);
        bars.setDrawXError(false);
        bars.setErrorPaint(color);
        bars.setSeriesVisibleInLegend(0, false);
        plot.setDataset(index + 1, new XYIntervalSeriesCollection() {
            {
                addSeries(errors);
            }
        });
        plot.setRenderer(index + 1, bars);
    }

    private void addGraph(XYPlot plot, int index, Graph g, String label, Color color) {
        XYIntervalSeries points = new XYIntervalSeries(label);
        for (int i = 0; i < g.size(); i++) {
            double exl = g.exLow().length > 0 ? g.exLow()[i] : 0;
            double exh = g.exHigh().length > 0 ? g.exHigh()[i] : 0;
            double eyl = g.eyLow().length > 0 ? g.eyLow()[i] : 0;
            double eyh = g.eyHigh().length > 0 ? g.eyHigh()[i] : 0;
            points.add(g.x()[i], g.x()[i] - exl, g.x()[i] + exh, g.y()[i], g.y()[i] - eyl, g.y()[i] + eyh);
        }
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        dataset.addSeries(points);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDefaultLinesVisible(!g.hasErrors());
        renderer.setSeriesPaint(0, color);
        renderer.setErrorPaint(color);
        renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
        plot.setDataset(index, dataset);
        plot.setRenderer(index, renderer);
    }

    private void addScatter(XYPlot plot, int index, Table t, PlotSeries s, Color color) {
        if (s.xColumn() == null || s.yColumn() == null) {
            throw new VreException(t.name() + ": a table is drawn as a scatter plot of two columns; name them (x and y)");
        }
        Column x = t.column(s.xColumn()).orElseThrow(() -> new VreException(t.name() + ": no column '" + s.xColumn()
                + "' (columns: " + t.columnNames() + ")"));
        Column y = t.column(s.yColumn()).orElseThrow(() -> new VreException(t.name() + ": no column '" + s.yColumn()
                + "' (columns: " + t.columnNames() + ")"));
        XYSeries points = new XYSeries(s.label() == null ? s.yColumn() + " vs " + s.xColumn() : s.label(), false, true);
        int n = (int) Math.min(t.rows(), 200_000);
        for (int i = 0; i < n; i++) {
            points.add(x.number(i), y.number(i), false);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesShape(0, new java.awt.geom.Rectangle2D.Double(-1, -1, 2, 2));
        renderer.setSeriesPaint(0, color);
        plot.setDataset(index, new XYSeriesCollection(points));
        plot.setRenderer(index, renderer);
    }

    private JFreeChart colourMap(PlotSeries series, PlotOptions options) {
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double blockWidth;
        double blockHeight;
        String xLabel = "";
        String yLabel = "";
        if (series.data() instanceof Histogram2D h) {
            int nx = h.xAxis().bins();
            int ny = h.yAxis().bins();
            if ((long) nx * ny > MAX_CELLS) {
                throw new VreException(h.name() + ": " + nx + "x" + ny + " bins are too many to draw");
            }
            double[][] xyz = new double[3][nx * ny];
            int k = 0;
            for (int iy = 1; iy <= ny; iy++) {
                for (int ix = 1; ix <= nx; ix++) {
                    double v = h.content(ix, iy);
                    xyz[0][k] = h.xAxis().center(ix);
                    xyz[1][k] = h.yAxis().center(iy);
                    xyz[2][k++] = v;
                    if (v != 0) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
            dataset.addSeries(h.name(), xyz);
            blockWidth = (h.xAxis().max() - h.xAxis().min()) / nx;
            blockHeight = (h.yAxis().max() - h.yAxis().min()) / ny;
            xLabel = h.xAxis().title();
            yLabel = h.yAxis().title();
        } else {
            Image image = (Image) series.data();
            int w = image.width();
            int hgt = image.height();
            int step = (int) Math.ceil(Math.sqrt((double) w * hgt / MAX_CELLS));
            step = Math.max(step, 1);
            int cw = (w + step - 1) / step;
            int ch = (hgt + step - 1) / step;
            double[][] xyz = new double[3][cw * ch];
            int k = 0;
            for (int y = 0; y < hgt; y += step) {
                for (int x = 0; x < w; x += step) {
                    double v = image.pixel(x, y);
                    xyz[0][k] = x + step / 2.0;
                    xyz[1][k] = y + step / 2.0;
                    xyz[2][k++] = v;
                    if (Double.isFinite(v)) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
            dataset.addSeries(image.name(), xyz);
            blockWidth = step;
            blockHeight = step;
            xLabel = "x [pixel]";
            yLabel = "y [pixel]";
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        boolean logZ = options.logY();
        ColorMap scale = new ColorMap(logZ ? Math.max(min, 1e-12) : Math.min(min, 0) == min && min > 0 ? min : min, max, logZ);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(blockWidth);
        renderer.setBlockHeight(blockHeight);
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(dataset, axis(options.xLabel() != null ? options.xLabel() : xLabel, false),
                axis(options.yLabel() != null ? options.yLabel() : yLabel, false), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        String title = options.title() != null ? options.title() : series.data().title();
        JFreeChart chart = new JFreeChart(LatexText.plain(title), new Font("SansSerif", Font.BOLD, 16), plot, false);
        ValueAxis zAxis = logZ ? new LogAxis() : new NumberAxis();
        zAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(scale, zAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(5, 5, 5, 5));
        legend.setAxisOffset(5);
        chart.addSubtitle(legend);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private XYPlot withRatio(XYPlot main, List<Histogram1D> histograms, ValueAxis x) {
        if (histograms.size() < 2) {
            throw new VreException("a ratio panel needs at least two histograms (each is divided by the first)");
        }
        Histogram1D reference = histograms.get(0);
        XYPlot ratio = new XYPlot();
        ratio.setBackgroundPaint(Color.WHITE);
        ratio.setDomainGridlinesVisible(false);
        ratio.setRangeGridlinesVisible(true);
        for (int k = 1; k < histograms.size(); k++) {
            Histogram1D h = histograms.get(k);
            if (h.bins() != reference.bins() || !java.util.Arrays.equals(h.xAxis().edges(), reference.xAxis().edges())) {
                throw new VreException("ratio panel: '" + h.name() + "' and '" + reference.name()
                        + "' have different binning; ratios need identical bins");
            }
            XYIntervalSeries points = new XYIntervalSeries(h.name() + "/" + reference.name());
            for (int i = 1; i <= h.bins(); i++) {
                double d = reference.content(i);
                if (d == 0) {
                    continue;
                }
                double r = h.content(i) / d;
                double e = Math.abs(r) * Math.sqrt(sq(h.error(i) / nonZero(h.content(i))) + sq(reference.error(i) / d));
                double c = h.xAxis().center(i);
                points.add(c, h.xAxis().lowEdge(i), h.xAxis().highEdge(i), r, r - e, r + e);
            }
            XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
            data.addSeries(points);
            XYErrorRenderer renderer = new XYErrorRenderer();
            renderer.setSeriesPaint(0, COLORS[k % COLORS.length]);
            renderer.setErrorPaint(COLORS[k % COLORS.length]);
            renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
            ratio.setDataset(k - 1, data);
            ratio.setRenderer(k - 1, renderer);
        }
        NumberAxis ratioAxis = new NumberAxis();
        ratioAxis.setAttributedLabel(LatexText.attributed("ratio to " + reference.name(), LABEL_FONT));
        ratioAxis.setAutoRangeIncludesZero(false);
        ratio.setRangeAxis(ratioAxis);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(x);
        combined.setGap(6);
        combined.add(main, 3);
        combined.add(ratio, 1);
        return combined;
    }

    private static double sq(double v) {
        return v * v;
    }

    private static double nonZero(double v) {
        return v == 0 ? 1 : v;
    }

    private static ValueAxis axis(String latexLabel, boolean log) {
        ValueAxis axis;
        if (log) {
            LogAxis logAxis = new LogAxis();
            logAxis.setSmallestValue(1e-9);
            logAxis.setBase(10);
            logAxis.setNumberFormatOverride(new java.text.DecimalFormat("0.###E0", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)));
            axis = logAxis;
        } else {
            axis = new NumberAxis();
        }
        if (latexLabel != null && !latexLabel.isBlank()) {
            axis.setAttributedLabel(LatexText.attributed(latexLabel, LABEL_FONT));
        }
        axis.setTickLabelFont(new Font("SansSerif", Font.PLAIN, 12));
        return axis;
    }

    private static XYTitleAnnotation statisticsBox(Histogram1D h) {
        TextTitle box = new TextTitle(String.format(Locale.ROOT, "%s%nEntries  %.0f%nMean  %.4g%nStd Dev  %.4g",
                h.name(), h.entries(), h.moments().meanX(), h.moments().stdDevX()));
        box.setFont(new Font("Monospaced", Font.PLAIN, 11));
        box.setBackgroundPaint(Color.WHITE);
        box.setFrame(new BlockBorder(Color.BLACK));
        box.setPadding(new RectangleInsets(3, 5, 3, 5));
        box.setTextAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        return new XYTitleAnnotation(0.98, 0.98, box, RectangleAnchor.TOP_RIGHT);
    }
}
