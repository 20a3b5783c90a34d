package org.vre.data.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.core.VreException;
import org.vre.data.ExpectedJson;
import org.vre.data.Histogram1D;
import org.vre.data.Histogram2D;
import org.vre.data.root.RootDataFile;

/** Charts from real corpus objects, exported headless to PNG, SVG and PDF and read back. */
class ChartRenderingTest {

    @TempDir
    Path dir;

    private final ChartBuilder builder = new ChartBuilder();
    private final ChartExporter exporter = new ChartExporter();

    private static Histogram1D histogram(String name) {
        try (RootDataFile f = RootDataFile.open(ExpectedJson.resource("root/uproot-histograms.root"))) {
            return (Histogram1D) f.read(name);
        }
    }

    @Test
    void histogramPngHasTheStepLineAndTheRequestedSize() throws IOException {
        JFreeChart chart = builder.build(List.of(PlotSeries.of("one", histogram("one"))),
                PlotOptions.DEFAULT.withTitle("#chi^{2} test"));
        assertEquals("χ² test", chart.getTitle().getText());
        Path png = dir.resolve("one.png");
        exporter.write(chart, 640, 480, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(640, image.getWidth());
        assertEquals(480, image.getHeight());
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) < 0x202020) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 500, "black step line, axes and text drawn: " + dark + " dark pixels");
        assertTrue(Files.list(dir).noneMatch(p -> p.toString().endsWith(".part")), "no temporary file left");
    }

    @Test
    void svgIsADocumentWithTheUnicodeTitle() throws IOException {
        JFreeChart chart = builder.build(List.of(PlotSeries.of("one", histogram("one"))),
                PlotOptions.DEFAULT.withTitle("#mu^{+}#mu^{-} mass"));
        Path svg = dir.resolve("one.svg");
        exporter.write(chart, 800, 600, svg);
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") || text.startsWith("<svg"), text.substring(0, 40));
        assertTrue(text.contains("μ⁺μ⁻ mass"), "title rendered with Unicode, not raw TLatex");
        assertTrue(text.contains("<path") || text.contains("<line") || text.contains("<polyline"));
    }

    @Test
    void pdfHasOnePageThatRendersBackToAnImage() {
        JFreeChart chart = builder.build(List.of(PlotSeries.of("one", histogram("one")), PlotSeries.of("two", histogram("three"))),
                PlotOptions.DEFAULT.withNormalize(true).withRatio(true));
        assertTrue(chart.getPlot() instanceof CombinedDomainXYPlot, "ratio panel under the main plot");
        Path pdf = dir.resolve("overlay.pdf");
        exporter.write(chart, 600, 500, pdf);
        PdfPageRenderer pages = new PdfPageRenderer();
        assertEquals(1, pages.pageCount(pdf));
        BufferedImage page = pages.render(pdf, 0, 72);
        assertEquals(600, page.getWidth(), 2);
        assertEquals(500, page.getHeight(), 2);
        assertThrows(VreException.class, () -> pages.render(pdf, 3, 72));
    }

    @Test
    void normalisedOverlayHasUnitArea() {
        Histogram1D one = histogram("one");
        JFreeChart chart = builder.build(List.of(PlotSeries.of("a", one), PlotSeries.of("b", histogram("three"))),
                PlotOptions.DEFAULT.withNormalize(true));
        XYPlot plot = (XYPlot) chart.getPlot();
        var steps = plot.getDataset(0);
        double area = 0;
        for (int i = 0; i + 1 < steps.getItemCount(0); i += 2) {
            area += steps.getYValue(0, i) * (steps.getXValue(0, i + 1) - steps.getXValue(0, i));
        }
        assertEquals(1.0, area, 1e-12);
    }

    @Test
    void logYUsesALogAxisAndColourMapsDraw2D() throws IOException {
        JFreeChart chart = builder.build(List.of(PlotSeries.of("one", histogram("one"))), PlotOptions.DEFAULT.withLogY(true));
        assertTrue(((XYPlot) chart.getPlot()).getRangeAxis() instanceof LogAxis);
        try (RootDataFile f = RootDataFile.open(ExpectedJson.resource("root/uproot-hepdata-example.root"))) {
            Histogram2D h = (Histogram2D) f.read("hpxpy");
            JFreeChart map = builder.build(List.of(PlotSeries.of("hpxpy", h)), PlotOptions.DEFAULT);
            Path png = dir.resolve("map.png");
            exporter.write(map, 500, 400, png);
            BufferedImage image = ImageIO.read(png.toFile());
            int coloured = 0;
            for (int y = 0; y < image.getHeight(); y += 2) {
                for (int x = 0; x < image.getWidth(); x += 2) {
                    int rgb = image.getRGB(x, y);
                    int r = (rgb >> 16) & 0xff;
                    int g = (rgb >> 8) & 0xff;
                    int b = rgb & 0xff;
                    if (Math.abs(r - g) > 40 || Math.abs(g - b) > 40) {
                        coloured++;
                    }
                }
            }
            assertTrue(coloured > 1000, "colour map cells drawn: " + coloured);
        }
    }

    @Test
    void ratioOfDifferentBinningsIsRefused() {
        Histogram1D one = histogram("one");
        Histogram1D two = histogram("two"); // -10..10 against -3..3
        VreException e = assertThrows(VreException.class, () -> builder.build(
                List.of(PlotSeries.of("a", one), PlotSeries.of("b", two)), PlotOptions.DEFAULT.withRatio(true)));
        assertTrue(e.getMessage().contains("binning"), e.getMessage());
    }

    @Test
    void aDamagedPdfIsAClearError() throws IOException {
        Path bad = dir.resolve("bad.pdf");
        Files.writeString(bad, "%PDF-1.7\nthis is not really a pdf\n");
        VreException e = assertThrows(VreException.class, () -> new PdfPageRenderer().render(bad, 0, 72));
        assertTrue(e.getMessage().contains("bad.pdf"), e.getMessage());
    }
}
