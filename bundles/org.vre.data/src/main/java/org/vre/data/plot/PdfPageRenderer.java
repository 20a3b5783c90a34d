package org.vre.data.plot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.vre.core.VreException;

/**
 * Renders pages of a PDF (what analysis steps often produce) to images for viewing, with PDFBox.
 * The pixel count of one page is capped so a page claiming a huge size cannot exhaust memory.
 */
public final class PdfPageRenderer {

    private static final long MAX_PIXELS = 40_000_000L;

    /** Number of pages. */
    public int pageCount(Path pdf) {
        try (PDDocument document = load(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new VreException(pdf.getFileName() + ": cannot read the PDF: " + e.getMessage(), e);
        }
    }

    /** Page {@code index} (0-based) at {@code dpi} dots per inch, lowered if the page would be too large. */
    public BufferedImage render(Path pdf, int index, float dpi) {
        try (PDDocument document = load(pdf)) {
            int pages = document.getNumberOfPages();
            if (index < 0 || index >= pages) {
                throw new VreException(pdf.getFileName() + ": no page " + (index + 1) + " (it has " + pages + ")");
            }
            PDRectangle box = document.getPage(index).getMediaBox();
            double pixels = (double) box.getWidth() * box.getHeight() * dpi * dpi / (72.0 * 72.0);
            float effective = pixels > MAX_PIXELS ? (float) (dpi * Math.sqrt(MAX_PIXELS / pixels)) : dpi;
            return new PDFRenderer(document).renderImageWithDPI(index, effective, ImageType.RGB);
        } catch (IOException e) {
            throw new VreException(pdf.getFileName() + ": cannot render page " + (index + 1) + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof VreException v) {
                throw v;
            }
            throw new VreException(pdf.getFileName() + ": damaged PDF page " + (index + 1) + ": " + e, e);
        }
    }

    private static PDDocument load(Path pdf) throws IOException {
        return Loader.loadPDF(pdf.toFile(), null, null, null,
                MemoryUsageSetting.setupMixed(64L << 20).streamCache);
    }
}
