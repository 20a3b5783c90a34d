package org.vre.ui.workflow.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.actions.ActionFactory;
import org.vre.ui.workflow.editor.WorkflowSession;
import org.vre.workflow.model.Specification;
import org.vre.workflow.model.Step;
import org.vre.workflow.model.Workflow;
import org.vre.workflow.model.WorkflowGraph;
import org.vre.workflow.model.WorkflowType;
import org.vre.workflow.validation.Diagnostic;

/**
 * The Diagram page: a palette (select, add step, connect, layout, zoom) over the canvas. It redraws from the model
 * after every change; positions come from ELK's layered layout, except for steps the user moved.
 */
public final class DiagramPage extends Composite implements DiagramCanvas.Requests {

    private final WorkflowSession session;
    private final DiagramCanvas canvas;
    private final ScrolledComposite scroller;
    private final Map<String, ToolItem> palette = new HashMap<>();
    private final Map<String, Point> moved = new HashMap<>();
    private final Set<String> selection = new LinkedHashSet<>();
    private final Map<String, IAction> actions = new HashMap<>();
    private Map<String, Point> layout = Map.of();
    private String layoutShape;
    private DiagramGraph graph = new DiagramGraph(List.of(), List.of(), true);
    private WorkflowGraph externalGraph;
    private List<Diagnostic> problems = List.of();
    private List<Step> clipboard = new ArrayList<>();

    public DiagramPage(Composite parent, WorkflowSession session, IWorkbenchPartSite site) {
        super(parent, SWT.NONE);
        this.session = session;
        GridLayout grid = new GridLayout(1, false);
        grid.marginWidth = 0;
        grid.marginHeight = 0;
        grid.verticalSpacing = 0;
        setLayout(grid);
        ToolBar bar = new ToolBar(this, SWT.FLAT | SWT.RIGHT | SWT.WRAP);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        scroller = new ScrolledComposite(this, SWT.H_SCROLL | SWT.V_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas = new DiagramCanvas(scroller, this);
        scroller.setContent(canvas);
        scroller.addListener(SWT.Resize, e -> canvas.updateSize());

        tool(bar, "select", "Select", "Select and move steps; drag from a step's handle to connect",
                () -> canvas.setTool(DiagramCanvas.Tool.SELECT));
        tool(bar, "step", "Step", "Click in the diagram to add a step there", () -> canvas.setTool(DiagramCanvas.Tool.STEP));
        tool(bar, "connect", "Connect", "Drag from a step to the step that depends on it",
                () -> canvas.setTool(DiagramCanvas.Tool.CONNECT));
        new ToolItem(bar, SWT.SEPARATOR);
        button(bar, "layout", "Layout", "Arrange all steps automatically (ELK layered)", this::relayout);
        button(bar, "zoomIn", "Zoom In", "Zoom in (Ctrl+wheel)", () -> zoom(canvas.zoom() * 1.25));
        button(bar, "zoomOut", "Zoom Out", "Zoom out (Ctrl+wheel)", () -> zoom(canvas.zoom() * 0.8));
        button(bar, "zoomReset", "100%", "Actual size", () -> zoom(1.0));

        actions.put(ActionFactory.DELETE.getId(), action("Delete", this::deleteSelection));
        actions.put(ActionFactory.COPY.getId(), action("Copy", this::copySelection));
        actions.put(ActionFactory.PASTE.getId(), action("Paste", this::paste));
        actions.put(ActionFactory.SELECT_ALL.getId(), action("Select All", this::selectAll));
        session.addListener(this::refresh);
        refresh();
    }

    private void tool(ToolBar bar, String id, String text, String tip, Runnable choose) {
        ToolItem item = new ToolItem(bar, SWT.RADIO);
        item.setText(text);
        item.setToolTipText(tip);
        item.setSelection(id.equals("select"));
        item.addListener(SWT.Selection, e -> {
            if (item.getSelection()) {
                choose.run();
            }
        });
        palette.put(id, item);
    }

    private void button(ToolBar bar, String id, String text, String tip, Runnable run) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> run.run());
        palette.put(id, item);
    }

    private static IAction action(String text, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        return action;
    }

    /** Adds a push button to the palette (the editor adds Run…). */
    public ToolItem addPaletteButton(String id, String text, String tip, Runnable run) {
        ToolBar bar = palette.get("select").getParent();
        new ToolItem(bar, SWT.SEPARATOR);
        button(bar, id, text, tip, run);
        bar.getParent().layout(true);
        return palette.get(id);
    }

    /** The palette entry with this id (select, step, connect, layout, zoomIn, zoomOut, zoomReset). */
    public ToolItem paletteItem(String id) {
        return palette.get(id);
    }

    public DiagramCanvas canvas() {
        return canvas;
    }

    public IAction action(String id) {
        return actions.get(id);
    }

    public StepFigure figure(String name) {
        return canvas.steps().stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    public Set<String> selection() {
        return Set.copyOf(selection);
    }

    @Override
    public boolean setFocus() {
        return canvas.setFocus();
    }

    /** Rebuilds the figures from the model (after any change, typed or drawn). */
    public void refresh() {
        if (isDisposed()) {
            return;
        }
        Specification spec = session.specification();
        Workflow workflow = spec.getWorkflow();
        boolean external = workflow != null && workflow.isSetType() && workflow.getType() != WorkflowType.SERIAL;
        graph = external ? DiagramGraph.ofExternal(externalGraph) : DiagramGraph.ofSerial(spec);
        canvas.setEditable(!external);
        for (String id : new String[] {"step", "connect"}) {
            palette.get(id).setEnabled(!external);
        }
        if (session.parseError() != null) {
            canvas.setMessage("The source does not parse; the diagram shows the last good model. "
                    + session.parseError());
        } else if (external) {
            canvas.setMessage("Read-only: a " + workflow.getType().getLiteral() + " workflow; its steps live in "
                    + workflow.getFile() + (externalGraph == null ? " (loading\u2026)" : ""));
        } else {
            canvas.setMessage(graph.nodes().isEmpty() ? "No steps yet: choose Step in the palette and click here" : null);
        }
        if (!graph.shape().equals(layoutShape)) {
            layout = ElkLayout.layout(graph, StepFigure.WIDTH, StepFigure.HEIGHT);
            layoutShape = graph.shape();
        }
        Map<String, StepFigure> figures = new HashMap<>();
        List<StepFigure> steps = new ArrayList<>();
        for (DiagramGraph.Node node : graph.nodes()) {
            StepFigure figure = new StepFigure(node);
            Point at = moved.getOrDefault(node.name(), layout.getOrDefault(node.name(), new Point(ElkLayout.MARGIN,
                    ElkLayout.MARGIN)));
            figure.setBounds(at.x, at.y, StepFigure.WIDTH, StepFigure.HEIGHT);
            figure.setSelected(selection.contains(node.name()));
            figure.setEditable(graph.editable());
            figures.put(node.name(), figure);
            steps.add(figure);
        }
        List<EdgeFigure> edges = new ArrayList<>();
        for (DiagramGraph.Edge edge : graph.edges()) {
            StepFigure from = figures.get(edge.from());
            StepFigure to = figures.get(edge.to());
            if (from != null && to != null) {
                edges.add(new EdgeFigure(from, to, edge.order()));
            }
        }
        selection.retainAll(figures.keySet());
        applyProblems(steps);
        canvas.setFigures(steps, edges);
        updateActions();
    }

    /** The graph of a yadage/CWL workflow, read in the background by the validation. */
    public void showExternalGraph(WorkflowGraph external) {
        externalGraph = external;
        refresh();
    }

    /** Puts the validation's findings on the steps they are about (by the line of the step in the file). */
    public void showProblems(List<Diagnostic> diagnostics) {
        problems = List.copyOf(diagnostics);
        if (!isDisposed()) {
            applyProblems(canvas.steps());
            canvas.redraw();
        }
    }

    private void applyProblems(List<StepFigure> steps) {
        List<StepFigure> byLine = new ArrayList<>(steps);
        byLine.sort((a, b) -> Integer.compare(a.node().line(), b.node().line()));
        for (int i = 0; i < byLine.size(); i++) {
            StepFigure figure = byLine.get(i);
            int first = figure.node().line();
            int end = i + 1 < byLine.size() ? byLine.get(i + 1).node().line() : Integer.MAX_VALUE;
            List<Diagnostic> mine = new ArrayList<>();
            for (Diagnostic d : problems) {
                if (first > 0 && d.line() >= first && d.line() < end && d.message().startsWith("step")
                        && d.file().equals(session.source())) {
                    mine.add(d);
                }
            }
            figure.setProblems(mine);
        }
    }

    private void relayout() {
        moved.clear();
        layoutShape = null;
        refresh();
    }

    private void zoom(double value) {
        canvas.setZoom(value);
    }

    private void updateActions() {
        boolean editable = canvas.steps().isEmpty() || graph.editable();
        actions.get(ActionFactory.DELETE.getId()).setEnabled(editable && !selection.isEmpty());
        actions.get(ActionFactory.COPY.getId()).setEnabled(graph.editable() && !selection.isEmpty());
        actions.get(ActionFactory.PASTE.getId()).setEnabled(graph.editable() && !clipboard.isEmpty());
    }

    @Override
    public void select(StepFigure figure) {
        selection.clear();
        if (figure != null) {
            selection.add(figure.name());
        }
        canvas.steps().forEach(f -> f.setSelected(selection.contains(f.name())));
        canvas.redraw();
        updateActions();
    }

    /** Selects a step by name (from the Outline view). */
    public void selectStep(String name) {
        select(figure(name));
    }

    private void selectAll() {
        selection.clear();
        canvas.steps().forEach(f -> selection.add(f.name()));
        canvas.steps().forEach(f -> f.setSelected(true));
        canvas.redraw();
        updateActions();
    }

    @Override
    public void moved(StepFigure figure) {
        moved.put(figure.name(), new Point(figure.bounds().x, figure.bounds().y));
        canvas.redraw();
    }

    @Override
    public void connect(StepFigure from, StepFigure to) {
        session.execute(DiagramEdits.connect(session.domain(), session.specification(), from.name(), to.name()));
        palette.get("connect").setSelection(false);
        palette.get("select").setSelection(true);
        canvas.setTool(DiagramCanvas.Tool.SELECT);
    }

    @Override
    public void addStepAt(Point where) {
        Specification spec = session.specification();
        String name = DiagramEdits.freeName(spec, "step");
        Step step = DiagramEdits.newStep(name);
        if (session.execute(DiagramEdits.addSteps(session.domain(), spec, List.of(step)))) {
            moved.put(name, new Point(Math.max(0, where.x - StepFigure.WIDTH / 2), Math.max(0,
                    where.y - StepFigure.HEIGHT / 2)));
            selection.clear();
            selection.add(name);
            refresh();
        }
        palette.get("step").setSelection(false);
        palette.get("select").setSelection(true);
    }

    @Override
    public void deleteSelection() {
        session.execute(DiagramEdits.delete(session.domain(), session.specification(), selection));
    }

    private void copySelection() {
        clipboard = DiagramEdits.copy(session.specification(), selection);
        updateActions();
    }

    private void paste() {
        session.execute(DiagramEdits.paste(session.domain(), session.specification(), clipboard));
    }
}
