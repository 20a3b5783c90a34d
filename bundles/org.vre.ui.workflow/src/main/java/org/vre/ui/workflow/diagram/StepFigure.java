package org.vre.ui.workflow.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.vre.workflow.validation.Diagnostic;
import org.vre.workflow.validation.Severity;

/**
 * A step: its name, image, compute backend and credential flags; a scattered step is drawn as a stack of cards
 * with its job count; a step with problems carries a red or orange badge.
 */
public final class StepFigure extends Figure {

    public static final int WIDTH = 190;
    public static final int HEIGHT = 74;
    /** The connection handle on the right edge: dragging from it draws a dependency. */
    static final int PORT = 7;

    private DiagramGraph.Node node;
    private boolean selected;
    private boolean editable = true;
    private final List<Diagnostic> problems = new ArrayList<>();

    StepFigure(DiagramGraph.Node node) {
        this.node = node;
        setBounds(0, 0, WIDTH, HEIGHT);
    }

    public DiagramGraph.Node node() {
        return node;
    }

    public String name() {
        return node.name();
    }

    void setNode(DiagramGraph.Node node) {
        this.node = node;
    }

    void setEditable(boolean editable) {
        this.editable = editable;
    }

    public boolean isSelected() {
        return selected;
    }

    void setSelected(boolean selected) {
        this.selected = selected;
    }

    public List<Diagnostic> problems() {
        return List.copyOf(problems);
    }

    void setProblems(List<Diagnostic> diagnostics) {
        problems.clear();
        problems.addAll(diagnostics);
    }

    /** The worst problem's severity, or null when the step is fine. */
    public Severity worst() {
        Severity worst = null;
        for (Diagnostic d : problems) {
            if (worst == null || d.severity().ordinal() < worst.ordinal()) {
                worst = d.severity();
            }
        }
        return worst;
    }

    /** The centre of the connection handle. */
    public Point port() {
        return new Point(bounds.x + bounds.width, bounds.y + bounds.height / 2);
    }

    boolean onPort(int x, int y) {
        Point p = port();
        return Math.abs(x - p.x) <= PORT + 2 && Math.abs(y - p.y) <= PORT + 2;
    }

    @Override
    public boolean contains(int x, int y) {
        return super.contains(x, y) || onPort(x, y);
    }

    @Override
    public void paint(GC gc, DiagramStyle style) {
        int x = bounds.x;
        int y = bounds.y;
        int w = bounds.width;
        int h = bounds.height;
        if (node.jobs() > 1) {
            for (int offset = 8; offset > 0; offset -= 4) {
                gc.setBackground(style.stackFill);
                gc.fillRoundRectangle(x + offset, y + offset, w, h, 10, 10);
                gc.setForeground(style.nodeBorder);
                gc.drawRoundRectangle(x + offset, y + offset, w, h, 10, 10);
            }
        }
        gc.setBackground(selected ? style.nodeSelected : style.nodeFill);
        gc.fillRoundRectangle(x, y, w, h, 10, 10);
        gc.setForeground(style.nodeBorder);
        gc.setLineWidth(selected ? 2 : 1);
        gc.drawRoundRectangle(x, y, w, h, 10, 10);
        gc.setLineWidth(1);

        gc.setFont(style.bold);
        gc.setForeground(style.text);
        int right = node.jobs() > 1 ? 40 : 12;
        gc.drawString(fit(gc, node.name(), w - 16 - right), x + 8, y + 5, true);
        if (node.jobs() > 1) {
            gc.setForeground(style.secondary);
            String jobs = "\u00d7" + node.jobs();
            gc.drawString(jobs, x + w - gc.textExtent(jobs).x - 8, y + 5, true);
        }
        gc.setFont(style.normal);
        gc.setForeground(style.secondary);
        int line = gc.getFontMetrics().getHeight();
        gc.drawString(fit(gc, node.environment() == null ? "(no image)" : node.environment(), w - 16), x + 8,
                y + 7 + line, true);
        gc.drawString(fit(gc, node.backend() == null ? "default backend" : node.backend(), w - 16), x + 8,
                y + 7 + 2 * line, true);
        int badgeX = x + 8;
        int badgeY = y + h - line + 1;
        if (node.vomsProxy()) {
            badgeX = badge(gc, "VOMS", badgeX, badgeY, style.voms, style);
        }
        if (node.rucio()) {
            badge(gc, "Rucio", badgeX, badgeY, style.rucio, style);
        }
        Severity worst = worst();
        if (worst != null && worst != Severity.INFO) {
            gc.setBackground(worst == Severity.ERROR ? style.error : style.warning);
            gc.fillOval(x - 7, y - 7, 16, 16);
            gc.setForeground(style.white);
            gc.setFont(style.bold);
            Point e = gc.textExtent("!");
            gc.drawString("!", x + 1 - e.x / 2, y + 1 - e.y / 2, true);
        }
        if (!editable) {
            return;
        }
        gc.setBackground(style.nodeFill);
        gc.fillOval(x + w - PORT / 2 - 1, y + h / 2 - PORT / 2 - 1, PORT + 1, PORT + 1);
        gc.setForeground(style.nodeBorder);
        gc.drawOval(x + w - PORT / 2 - 1, y + h / 2 - PORT / 2 - 1, PORT + 1, PORT + 1);
    }

    private static int badge(GC gc, String text, int x, int y, Color colour, DiagramStyle style) {
        Point extent = gc.textExtent(text);
        gc.setBackground(colour);
        gc.fillRoundRectangle(x, y - 3, extent.x + 8, extent.y - 1, 6, 6);
        gc.setForeground(style.white);
        gc.drawString(text, x + 4, y - 3, true);
        return x + extent.x + 12;
    }

    /** The text cut with an ellipsis to {@code width} pixels. */
    static String fit(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && gc.textExtent(cut + "\u2026").x > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "\u2026";
    }

    @Override
    public String toString() {
        return "StepFigure[" + node.name() + " at " + bounds.x + "," + bounds.y + "]";
    }
}
