package org.vre.data.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.vre.core.VreException;

/**
 * Writes a chart to PNG, SVG (JFreeSVG) or PDF (PDFBox: a page the chart's size in points holding the
 * chart rendered at 3x (216 dpi) as a lossless image, so it prints sharply; PDFBox has no Graphics2D of its own).
 * Files are written to a temporary name and renamed, so a failed export leaves nothing half-written.
 */
public final class ChartExporter {

    /** The output formats, chosen from the file name. */
    public enum Format { PNG, SVG, PDF }

    private static final int PDF_SCALE = 3;

    public static Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return Format.PNG;
        }
        if (name.endsWith(".svg")) {
            return Format.SVG;
        }
        if (name.endsWith(".pdf")) {
            return Format.PDF;
        }
        throw new VreException(file + ": unknown plot format (use .png, .svg or .pdf)");
    }

    public void write(JFreeChart chart, int width, int height, Path file) {
        Format format = formatOf(file);
        Path parent = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(parent);
            temp = Files.createTempFile(parent, "." + file.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(temp)) {
                switch (format) {
                    case PNG -> ImageIO.write(render(chart, width, height, 1), "png", out);
                    case SVG -> out.write(svg(chart, width, height).getBytes(StandardCharsets.UTF_8));
                    case PDF -> pdf(chart, width, height, out);
                    default -> throw new IllegalStateException();
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
        } catch (IOException e) {
            throw new VreException(file + ": cannot write the plot: " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is in the output folder and named .part; nothing else to do
                }
            }
        }
    }

    public BufferedImage render(JFreeChart chart, int width, int height, int scale) {
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    public String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGDocument();
    }

    private void pdf(JFreeChart chart, int width, int height, OutputStream out) throws IOException {
        BufferedImage image = render(chart, width, height, PDF_SCALE);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(chart.getTitle() == null ? "plot" : chart.getTitle().getText());
            info.setCreator("VRE Workbench");
            document.setDocumentInformation(info);
            PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(xobject, 0, 0, width, height);
            }
            document.save(out);
        }
    }
}
