package org.vre.ui.workflow.diagram;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/** Something the diagram draws, in diagram coordinates (the canvas scales them by the zoom). */
public abstract class Figure {

    protected final Rectangle bounds = new Rectangle(0, 0, 0, 0);

    public Rectangle bounds() {
        return new Rectangle(bounds.x, bounds.y, bounds.width, bounds.height);
    }

    public void setBounds(int x, int y, int width, int height) {
        bounds.x = x;
        bounds.y = y;
        bounds.width = width;
        bounds.height = height;
    }

    public boolean contains(int x, int y) {
        return bounds.contains(x, y);
    }

    public abstract void paint(GC gc, DiagramStyle style);
}
