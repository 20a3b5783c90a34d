package org.vre.data.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.vre.data.Histogram1D;
import org.vre.data.Histogram2D;
import org.vre.data.plot.ChartBuilder;
import org.vre.data.plot.ChartExporter;
import org.vre.data.plot.PlotOptions;
import org.vre.data.plot.PlotSeries;
import org.vre.data.root.RootDataFile;

/** Milliseconds to build and write a histogram chart as PNG (and SVG, PDF), headless. Not a test. */
public final class PlotRenderBenchmark {

    private PlotRenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path file = args.length > 0 ? Path.of(args[0])
                : Path.of(PlotRenderBenchmark.class.getResource("/org/vre/data/root/uproot-hepdata-example.root").toURI());
        Path out = Files.createTempDirectory("plot-bench");
        try (RootDataFile data = RootDataFile.open(file)) {
            Histogram1D hpx = (Histogram1D) data.read("hpx");
            Histogram2D hpxpy = (Histogram2D) data.read("hpxpy");
            ChartBuilder builder = new ChartBuilder();
            ChartExporter exporter = new ChartExporter();
            for (String format : List.of("png", "svg", "pdf")) {
                time("hpx (100 bins) -> " + format, 30, () -> {
                    JFreeChart chart = builder.build(List.of(PlotSeries.of("hpx", hpx)), PlotOptions.DEFAULT);
                    exporter.write(chart, 800, 600, out.resolve("hpx." + format));
                });
            }
            time("hpxpy (40x40 colour map) -> png", 20, () -> {
                JFreeChart chart = builder.build(List.of(PlotSeries.of("hpxpy", hpxpy)), PlotOptions.DEFAULT);
                exporter.write(chart, 800, 600, out.resolve("hpxpy.png"));
            });
        }
    }

    private static void time(String what, int repeats, Runnable task) {
        for (int i = 0; i < 5; i++) {
            task.run();
        }
        long start = System.nanoTime();
        for (int i = 0; i < repeats; i++) {
            task.run();
        }
        double ms = (System.nanoTime() - start) / 1e6 / repeats;
        System.out.println(String.format(Locale.ROOT, "%-36s %8.1f ms", what, ms));
    }
}
