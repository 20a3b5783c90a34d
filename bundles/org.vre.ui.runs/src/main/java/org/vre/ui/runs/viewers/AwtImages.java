package org.vre.ui.runs.viewers;

import java.awt.image.BufferedImage;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/** Converts what PDFBox and JFreeChart render (AWT images) to SWT image data; runs off the UI thread. */
final class AwtImages {

    private AwtImages() {
    }

    static ImageData toImageData(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                row[x] &= 0xFFFFFF;
            }
            data.setPixels(0, y, width, row, 0);
        }
        return data;
    }
}
