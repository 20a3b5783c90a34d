package org.vre.ui.workflow.diagram;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;

/** A dependency, drawn as a curve from the right of one step to the left of the next; order edges are dashed. */
public final class EdgeFigure extends Figure {

    private final StepFigure from;
    private final StepFigure to;
    private final boolean order;

    EdgeFigure(StepFigure from, StepFigure to, boolean order) {
        this.from = from;
        this.to = to;
        this.order = order;
    }

    public StepFigure from() {
        return from;
    }

    public StepFigure to() {
        return to;
    }

    public boolean isOrder() {
        return order;
    }

    @Override
    public void paint(GC gc, DiagramStyle style) {
        Point a = from.port();
        Point b = new Point(to.bounds.x, to.bounds.y + to.bounds.height / 2);
        int bend = Math.max(30, Math.abs(b.x - a.x) / 2);
        gc.setForeground(style.edge);
        gc.setLineWidth(order ? 1 : 2);
        gc.setLineStyle(order ? SWT.LINE_DASH : SWT.LINE_SOLID);
        Path path = new Path(gc.getDevice());
        try {
            path.moveTo(a.x, a.y);
            path.cubicTo(a.x + bend, a.y, b.x - bend, b.y, b.x - 6, b.y);
            gc.drawPath(path);
        } finally {
            path.dispose();
        }
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
        gc.setBackground(style.edge);
        gc.fillPolygon(new int[] {b.x, b.y, b.x - 9, b.y - 5, b.x - 9, b.y + 5});
    }
}
