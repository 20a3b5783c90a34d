package org.vre.cli.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.jfree.chart.JFreeChart;
import org.vre.core.VreException;
import org.vre.data.DataFile;
import org.vre.data.DataNode;
import org.vre.data.DataObject;
import org.vre.data.DataReaderRegistry;
import org.vre.data.StandardDataReaders;
import org.vre.data.plot.ChartBuilder;
import org.vre.data.plot.ChartExporter;
import org.vre.data.plot.PlotOptions;
import org.vre.data.plot.PlotSeries;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vre plot FILE[:OBJECT] ... --out plot.png|svg|pdf}: draws one object, or overlays several (from one
 * or many files: the comparison of results across runs), optionally normalised and with a ratio panel.
 */
@Command(name = "plot", mixinStandardHelpOptions = true,
        description = "Draw histograms, graphs, tables (scatter of --x/--y), 2D histograms and images to PNG, SVG or PDF.")
public final class PlotCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE[:OBJECT]",
            description = "What to draw; OBJECT is a path inside the file (default: the first drawable object).")
    List<String> sources;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file: .png, .svg or .pdf.")
    Path out;

    @Option(names = "--logy", description = "Logarithmic y axis (z for 2D).")
    boolean logY;

    @Option(names = "--logx", description = "Logarithmic x axis.")
    boolean logX;

    @Option(names = "--normalize", description = "Scale each histogram to unit area.")
    boolean normalize;

    @Option(names = "--ratio", description = "Add a panel with each histogram divided by the first.")
    boolean ratio;

    @Option(names = "--no-stats", description = "Leave out the statistics box.")
    boolean noStats;

    @Option(names = "--title", description = "Plot title (TLatex allowed, e.g. '#chi^{2}').")
    String title;

    @Option(names = "--x", description = "Table column for x (scatter plots).")
    String xColumn;

    @Option(names = "--y", description = "Table column for y (scatter plots).")
    String yColumn;

    @Option(names = "--width", defaultValue = "800", description = "Width in pixels (default ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "600", description = "Height in pixels (default ${DEFAULT-VALUE}).")
    int height;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DataReaderRegistry registry = StandardDataReaders.create();
        ChartExporter.formatOf(out);
        List<PlotSeries> series = new ArrayList<>();
        for (String source : sources) {
            Path file = Path.of(source);
            String object = null;
            int colon = source.lastIndexOf(':');
            if (!Files.exists(file) && colon > 0) {
                file = Path.of(source.substring(0, colon));
                object = source.substring(colon + 1);
            }
            try (DataFile data = registry.open(file)) {
                String path = object != null ? object : firstDrawable(data);
                DataObject o = data.read(path);
                String label = sources.size() > 1 && sameObjectNames() ? file.getFileName().toString() : path;
                series.add(new PlotSeries(label, o, xColumn, yColumn));
            }
        }
        PlotOptions options;
        try {
            options = new PlotOptions(width, height, logX, logY, normalize, ratio, !noStats, title, null, null);
        } catch (IllegalArgumentException e) {
            throw new VreException(e.getMessage(), e);
        }
        JFreeChart chart = new ChartBuilder().build(series, options);
        new ChartExporter().write(chart, width, height, out);
        spec.commandLine().getOut().println("wrote " + out);
        return 0;
    }

    /** True when every source names the same object, so files tell the series apart. */
    private boolean sameObjectNames() {
        return sources.stream().map(s -> s.contains(":") ? s.substring(s.lastIndexOf(':') + 1) : "").distinct().count() == 1;
    }

    private static String firstDrawable(DataFile data) {
        return data.root().flatten().filter(DataNode::isReadable)
                .filter(n -> n.kind() != DataNode.Kind.TABLE)
                .findFirst()
                .or(() -> data.root().flatten().filter(DataNode::isReadable).findFirst())
                .map(DataNode::path)
                .orElseThrow(() -> new VreException(data.path().getFileName() + ": nothing drawable in the file"));
    }
}
