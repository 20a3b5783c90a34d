package org.vre.ui.workflow.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * Paints the figures, scaled by the zoom, and turns mouse gestures into diagram requests: click selects, dragging a
 * step moves it, dragging from a step's handle (or anywhere with the Connect tool) to another step connects them,
 * a click with the Step tool adds a step there, Delete removes the selection, Ctrl+wheel zooms.
 */
public final class DiagramCanvas extends Canvas {

    /** What the page does with the gestures. */
    public interface Requests {
        void select(StepFigure figure);

        void moved(StepFigure figure);

        void connect(StepFigure from, StepFigure to);

        void addStepAt(Point where);

        void deleteSelection();
    }

    public enum Tool {
        SELECT, STEP, CONNECT
    }

    private final DiagramStyle style = new DiagramStyle();
    private final List<StepFigure> steps = new ArrayList<>();
    private final List<EdgeFigure> edges = new ArrayList<>();
    private final Requests requests;
    private double zoom = 1.0;
    private Tool tool = Tool.SELECT;
    private boolean editable = true;
    private String message;
    private StepFigure dragged;
    private Point dragOffset;
    private StepFigure connectFrom;
    private Point pointer;

    public DiagramCanvas(Composite parent, Requests requests) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.requests = requests;
        setBackground(style.background);
        addListener(SWT.Paint, this::paint);
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseUp, this::mouseUp);
        addListener(SWT.KeyDown, e -> {
            if ((e.keyCode == SWT.DEL || e.keyCode == SWT.BS) && editable) {
                requests.deleteSelection();
            }
        });
        addListener(SWT.MouseVerticalWheel, e -> {
            if ((e.stateMask & SWT.MOD1) != 0) {
                setZoom(zoom * (e.count > 0 ? 1.25 : 0.8));
                e.doit = false;
            }
        });
        addListener(SWT.MouseHover, e -> setToolTipText(tooltipAt(toModel(e.x, e.y))));
    }

    void setFigures(List<StepFigure> newSteps, List<EdgeFigure> newEdges) {
        steps.clear();
        steps.addAll(newSteps);
        edges.clear();
        edges.addAll(newEdges);
        updateSize();
        redraw();
    }

    public List<StepFigure> steps() {
        return List.copyOf(steps);
    }

    public List<EdgeFigure> edges() {
        return List.copyOf(edges);
    }

    public double zoom() {
        return zoom;
    }

    public void setZoom(double value) {
        zoom = Math.max(0.25, Math.min(4.0, value));
        updateSize();
        redraw();
    }

    public Tool tool() {
        return tool;
    }

    public void setTool(Tool tool) {
        this.tool = tool;
        setCursor(getDisplay().getSystemCursor(tool == Tool.SELECT ? SWT.CURSOR_ARROW : SWT.CURSOR_CROSS));
    }

    void setEditable(boolean editable) {
        this.editable = editable;
    }

    /** A line shown at the top (a parse error, or why the diagram is read-only). */
    void setMessage(String message) {
        this.message = message;
        redraw();
    }

    /** Where a point of the diagram is on the canvas (for tests that click on figures). */
    public Point toCanvas(int x, int y) {
        return new Point((int) Math.round(x * zoom), (int) Math.round(y * zoom));
    }

    Point toModel(int x, int y) {
        return new Point((int) Math.round(x / zoom), (int) Math.round(y / zoom));
    }

    /** The extent of the drawing at the current zoom, for the scrolled container. */
    public Point preferredSize() {
        int width = 200;
        int height = 120;
        for (StepFigure f : steps) {
            Rectangle b = f.bounds();
            width = Math.max(width, b.x + b.width + ElkLayout.MARGIN + 10);
            height = Math.max(height, b.y + b.height + ElkLayout.MARGIN + 10);
        }
        return toCanvas(width, height);
    }

    void updateSize() {
        Point size = preferredSize();
        Rectangle area = getParent().getClientArea();
        setSize(Math.max(size.x, area.width), Math.max(size.y, area.height));
    }

    StepFigure figureAt(Point p) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).contains(p.x, p.y)) {
                return steps.get(i);
            }
        }
        return null;
    }

    private void mouseDown(Event e) {
        if (e.button != 1) {
            return;
        }
        setFocus();
        Point p = toModel(e.x, e.y);
        if (tool == Tool.STEP && editable) {
            requests.addStepAt(p);
            setTool(Tool.SELECT);
            return;
        }
        StepFigure hit = figureAt(p);
        requests.select(hit);
        if (hit == null) {
            return;
        }
        if (editable && (tool == Tool.CONNECT || hit.onPort(p.x, p.y))) {
            connectFrom = hit;
            pointer = p;
        } else {
            dragged = hit;
            dragOffset = new Point(p.x - hit.bounds.x, p.y - hit.bounds.y);
        }
    }

    private void mouseMove(Event e) {
        Point p = toModel(e.x, e.y);
        if (dragged != null) {
            dragged.setBounds(Math.max(0, p.x - dragOffset.x), Math.max(0, p.y - dragOffset.y), dragged.bounds.width,
                    dragged.bounds.height);
            redraw();
        } else if (connectFrom != null) {
            pointer = p;
            redraw();
        }
    }

    private void mouseUp(Event e) {
        Point p = toModel(e.x, e.y);
        if (dragged != null) {
            StepFigure moved = dragged;
            dragged = null;
            updateSize();
            requests.moved(moved);
        } else if (connectFrom != null) {
            StepFigure from = connectFrom;
            connectFrom = null;
            StepFigure to = figureAt(p);
            redraw();
            if (to != null && to != from) {
                requests.connect(from, to);
            }
        }
    }

    private String tooltipAt(Point p) {
        StepFigure hit = figureAt(p);
        if (hit == null || hit.problems().isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        hit.problems().forEach(d -> text.append(d.severity().label()).append(": ").append(d.message()).append('\n'));
        return text.toString().strip();
    }

    private void paint(Event e) {
        GC gc = e.gc;
        gc.setBackground(style.background);
        gc.fillRectangle(e.x, e.y, e.width, e.height);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Transform transform = new Transform(getDisplay());
        try {
            transform.scale((float) zoom, (float) zoom);
            gc.setTransform(transform);
            for (EdgeFigure edge : edges) {
                edge.paint(gc, style);
            }
            for (StepFigure step : steps) {
                step.paint(gc, style);
            }
            if (connectFrom != null && pointer != null) {
                gc.setForeground(style.nodeBorder);
                gc.setLineStyle(SWT.LINE_DOT);
                Point a = connectFrom.port();
                gc.drawLine(a.x, a.y, pointer.x, pointer.y);
                gc.setLineStyle(SWT.LINE_SOLID);
            }
            gc.setTransform(null);
        } finally {
            transform.dispose();
        }
        if (message != null) {
            gc.setFont(style.normal);
            gc.setForeground(style.secondary);
            gc.drawString(message, 8, 4, true);
        }
    }
}
