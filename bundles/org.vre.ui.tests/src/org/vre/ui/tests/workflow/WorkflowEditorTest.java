package org.vre.ui.tests.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vre.ui.WorkflowsPerspective;
import org.vre.ui.tests.Screenshots;
import org.vre.ui.workflow.diagram.DiagramCanvas;
import org.vre.ui.workflow.diagram.DiagramPage;
import org.vre.ui.workflow.diagram.EdgeFigure;
import org.vre.ui.workflow.diagram.StepFigure;
import org.vre.ui.workflow.editor.WorkflowEditor;
import org.vre.ui.workflow.validation.ProblemMarkers;
import org.vre.workflow.validation.Severity;

/**
 * The reana.yaml editor driven through its widgets: draw in the diagram and see the YAML change (comments kept),
 * type YAML and see the diagram change, undo and redo through the workbench, a problem marker and its quick fix.
 */
class WorkflowEditorTest {

    static final String TEXT = """
            # Generate events, then fit them
            version: 0.9.0
            inputs:
              parameters:
                events: 1000   # how many to generate
            workflow:
              type: serial
              specification:
                steps:
                  - name: gen
                    environment: docker.io/library/python:3.12-slim
                    commands:
                      - python gen.py ${events}
                  - name: fit   # the fit itself
                    environment: docker.io/library/python:3.12-slim
                    compute_backend: slurmcern
                    voms_proxy: true
                    commands:
                      - python fit.py
            """;

    private IWorkbenchWindow window;
    private Display display;
    private IFile file;
    private WorkflowEditor editor;

    @BeforeEach
    void openEditor() throws Exception {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setBounds(0, 0, 1280, 860);
        display = window.getShell().getDisplay();
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(WorkflowsPerspective.ID, window);
        file = WorkflowUi.project("fit-analysis", TEXT);
        IEditorPart part = IDE.openEditor(page, file);
        assertTrue(part instanceof WorkflowEditor, "reana.yaml opens in the workflow editor, not " + part);
        editor = (WorkflowEditor) part;
        WorkflowUi.await(display, () -> editor.diagram().figure("fit") != null, "the diagram");
    }

    @AfterEach
    void close() {
        window.getActivePage().closeAllEditors(false);
    }

    private String text() {
        return editor.session().document().get();
    }

    @Test
    void addingAndConnectingAStepInTheDiagramWritesTheYamlAndUndoRedoWork() throws Exception {
        DiagramPage diagram = editor.diagram();
        DiagramCanvas canvas = diagram.canvas();
        StepFigure fit = diagram.figure("fit");
        assertEquals("slurmcern", fit.node().backend());
        assertTrue(fit.node().vomsProxy(), "the flag is drawn from the model");
        assertEquals(1, canvas.edges().size(), "gen -> fit by order");
        assertTrue(canvas.edges().get(0).isOrder());
        assertTrue(diagram.figure("gen").bounds().x < fit.bounds().x, "ELK lays the chain out left to right");
        org.eclipse.ui.views.contentoutline.ContentOutline outline = (org.eclipse.ui.views.contentoutline.ContentOutline)
                window.getActivePage().showView(IPageLayout.ID_OUTLINE);
        window.getActivePage().activate(editor);
        org.eclipse.ui.views.contentoutline.IContentOutlinePage own = editor.getAdapter(
                org.eclipse.ui.views.contentoutline.IContentOutlinePage.class);
        assertNotNull(own, "the editor has an outline");
        WorkflowUi.await(display, () -> outline.getCurrentPage() == own,
                "the editor's outline page, not " + outline.getCurrentPage().getClass().getName());
        org.eclipse.swt.widgets.Tree outlineTree = WorkflowUi.find(outline.getCurrentPage().getControl(),
                org.eclipse.swt.widgets.Tree.class);
        assertEquals("fit [docker.io/library/python:3.12-slim]", outlineTree.getItem(1).getText());

        WorkflowUi.click(diagram.paletteItem("step"));
        Rectangle fitBounds = fit.bounds();
        WorkflowUi.mouse(canvas, SWT.MouseDown, canvas.toCanvas(fitBounds.x + 160, fitBounds.y + 200));
        WorkflowUi.mouse(canvas, SWT.MouseUp, canvas.toCanvas(fitBounds.x + 160, fitBounds.y + 200));
        assertTrue(text().contains("- name: step\n"), text());
        assertTrue(text().contains("# Generate events, then fit them"), "comments are kept");
        assertTrue(text().contains("events: 1000   # how many to generate"), "untouched lines stay as written");
        StepFigure added = diagram.figure("step");
        assertNotNull(added, "the new step is drawn");

        Point from = diagram.figure("gen").port();
        Rectangle target = added.bounds();
        WorkflowUi.drag(canvas, canvas.toCanvas(from.x, from.y),
                canvas.toCanvas(target.x + target.width / 2, target.y + target.height / 2));
        assertTrue(text().contains("depends_on"), text());
        assertTrue(hasEdge(canvas, "gen", "step"), "the dependency is drawn");
        assertTrue(hasEdge(canvas, "fit", "step"), "the order it had is kept as a dependency");
        assertTrue(editor.isDirty());
        Screenshots.save(window.getShell(), "workflows-diagram");

        IAction undo = globalAction(ActionFactory.UNDO.getId());
        IAction redo = globalAction(ActionFactory.REDO.getId());
        assertTrue(undo.getText().contains("Connect gen"), undo.getText());
        undo.run();
        assertFalse(text().contains("depends_on"), text());
        assertFalse(hasEdge(canvas, "gen", "step"));
        redo.run();
        assertTrue(text().contains("depends_on"), text());
        assertTrue(hasEdge(canvas, "gen", "step"));
        undo.run();
        undo.run();
        assertEquals(TEXT, text(), "undoing everything gives back the file byte for byte");
        assertFalse(editor.isDirty());

        redo.run();
        editor.doSave(null);
        String saved = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(text(), saved);
        assertTrue(saved.contains("- name: step\n") && saved.contains("# the fit itself"), saved);
        assertFalse(editor.isDirty());
    }

    @Test
    void selectCopyPasteDeleteMoveAndZoomInTheDiagram() throws Exception {
        DiagramPage diagram = editor.diagram();
        DiagramCanvas canvas = diagram.canvas();
        Rectangle gen = diagram.figure("gen").bounds();
        WorkflowUi.mouse(canvas, SWT.MouseDown, canvas.toCanvas(gen.x + 20, gen.y + 20));
        WorkflowUi.mouse(canvas, SWT.MouseUp, canvas.toCanvas(gen.x + 20, gen.y + 20));
        assertEquals(java.util.Set.of("gen"), diagram.selection());
        globalAction(ActionFactory.COPY.getId()).run();
        globalAction(ActionFactory.PASTE.getId()).run();
        assertTrue(text().contains("- name: gen-copy\n"), text());
        assertNotNull(diagram.figure("gen-copy"));

        Rectangle fit = diagram.figure("fit").bounds();
        WorkflowUi.mouse(canvas, SWT.MouseDown, canvas.toCanvas(fit.x + 20, fit.y + 20));
        WorkflowUi.mouse(canvas, SWT.MouseUp, canvas.toCanvas(fit.x + 20, fit.y + 20));
        org.eclipse.swt.widgets.Event delete = new org.eclipse.swt.widgets.Event();
        delete.keyCode = SWT.DEL;
        canvas.notifyListeners(SWT.KeyDown, delete);
        assertFalse(text().contains("name: fit"), text());
        assertNull(diagram.figure("fit"));

        String before = text();
        Rectangle copy = diagram.figure("gen-copy").bounds();
        WorkflowUi.drag(canvas, canvas.toCanvas(copy.x + 30, copy.y + 30), canvas.toCanvas(copy.x + 330, copy.y + 230));
        assertEquals(copy.x + 300, diagram.figure("gen-copy").bounds().x, "the step moved with the mouse");
        assertEquals(before, text(), "moving is layout, not a change of the workflow");

        WorkflowUi.click(diagram.paletteItem("zoomIn"));
        assertEquals(1.25, canvas.zoom(), 1e-9);
        Rectangle moved = diagram.figure("gen-copy").bounds();
        Point scaled = canvas.toCanvas(moved.x + 10, moved.y + 10);
        assertEquals(Math.round((moved.x + 10) * 1.25), scaled.x);
        WorkflowUi.mouse(canvas, SWT.MouseDown, scaled);
        WorkflowUi.mouse(canvas, SWT.MouseUp, scaled);
        assertEquals(java.util.Set.of("gen-copy"), diagram.selection(), "clicks hit figures at the zoomed place");
    }

    @Test
    void droppingAFileAndADidAddsThemToTheInputs() throws Exception {
        IFile data = file.getProject().getFile("events.csv");
        data.create(new java.io.ByteArrayInputStream("e,pt\n1,20\n".getBytes(StandardCharsets.UTF_8)), true, null);
        assertTrue(org.vre.ui.workflow.editor.InputDrops.dropped(editor.session(), new IResource[] {data}));
        assertTrue(org.vre.ui.workflow.editor.InputDrops.dropped(editor.session(),
                "ATLAS_LAPP_SP:DMCrossSectionGraphs_axial_ee.root\n"));
        assertFalse(org.vre.ui.workflow.editor.InputDrops.dropped(editor.session(), new IResource[] {data}),
                "an input already listed is not added twice");
        String text = text();
        assertTrue(text.contains("files:") && text.contains("- events.csv\n")
                && text.contains("- ATLAS_LAPP_SP:DMCrossSectionGraphs_axial_ee.root\n"), text);
        assertTrue(text.contains("events: 1000   # how many to generate"), text);
    }

    @Test
    void editingTheYamlRedrawsTheDiagram() throws Exception {
        editor.showSource();
        StyledText widget = editor.sourceEditor().textWidget();
        int at = widget.getText().indexOf("name: fit") + "name: ".length();
        widget.replaceTextRange(at, "fit".length(), "fit-model");
        String appended = "      - name: plot\n        environment: docker.io/library/python:3.12-slim\n"
                + "        commands: [python plot.py]\n";
        widget.replaceTextRange(widget.getCharCount(), 0, appended);
        WorkflowUi.await(display, () -> editor.diagram().figure("plot") != null, "the typed step in the diagram");
        assertNotNull(editor.diagram().figure("fit-model"));
        assertNull(editor.diagram().figure("fit"));
        assertEquals(2, editor.diagram().canvas().edges().size());
        Screenshots.save(window.getShell(), "workflows-source");

        int scatterAt = widget.getText().indexOf("        commands: [python plot.py]");
        widget.replaceTextRange(scatterAt, 0, "        scatter:\n          channel: [ee, mumu]\n          mass: [100, 200, 300]\n");
        WorkflowUi.await(display, () -> editor.diagram().figure("plot").node().jobs() == 6, "the scattered step");

        editor.showDiagram();
        Screenshots.save(window.getShell(), "workflows-scatter");
        globalAction(ActionFactory.UNDO.getId()).run();
        assertEquals(1, editor.diagram().figure("plot").node().jobs(), "undo takes the scatter away");
        globalAction(ActionFactory.UNDO.getId()).run();
        assertNull(editor.diagram().figure("plot"), "a text edit is one undoable step for the diagram too");
        assertTrue(text().contains("name: fit   # the fit itself"), text());
    }

    @Test
    void anUndeclaredParameterGetsAMarkerOnTheFileAndTheNodeAndItsQuickFixDeclaresIt() throws Exception {
        editor.showSource();
        StyledText widget = editor.sourceEditor().textWidget();
        int at = widget.getText().indexOf("- python fit.py") + "- python fit.py".length();
        widget.replaceTextRange(at, 0, " --data ${dataset}");
        WorkflowUi.await(display, () -> marker("undeclared-parameter") != null, "the undeclared-parameter marker");
        IMarker marker = marker("undeclared-parameter");
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(lineOf("--data ${dataset}"), marker.getAttribute(IMarker.LINE_NUMBER, -1));
        WorkflowUi.await(display, () -> editor.diagram().figure("fit").worst() == Severity.ERROR,
                "the error badge on the step");
        editor.showSource();
        Screenshots.save(window.getShell(), "workflows-source-problem");
        window.getActivePage().showView(IPageLayout.ID_PROBLEM_VIEW);
        WorkflowUi.await(display, () -> problemsShown(window.getShell()), "the Problems view to list the error");
        editor.showDiagram();
        window.getActivePage().activate(editor);
        Screenshots.save(window.getShell(), "workflows-problems");

        IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
        IMarkerResolution declare = Arrays.stream(fixes).filter(f -> f.getLabel().startsWith("Declare parameter 'dataset'"))
                .findFirst().orElseThrow(() -> new AssertionError("no fix in " + Arrays.toString(fixes)));
        declare.run(marker);
        assertTrue(text().contains("dataset: ''") || text().contains("dataset: \"\""), text());
        assertTrue(text().contains("events: 1000   # how many to generate"), "the fix keeps the other lines");
        WorkflowUi.await(display, () -> marker("undeclared-parameter") == null, "the marker to go away");
        WorkflowUi.await(display, () -> editor.diagram().figure("fit").worst() != Severity.ERROR,
                "the error badge to go away");
    }

    @Test
    void anUnpinnedImageIsPinnedToTheTagAnotherStepUses() throws Exception {
        editor.showSource();
        StyledText widget = editor.sourceEditor().textWidget();
        String pinned = "environment: docker.io/library/python:3.12-slim\n        compute_backend";
        int at = widget.getText().indexOf(pinned) + "environment: docker.io/library/python".length();
        widget.replaceTextRange(at, ":3.12-slim".length(), "");
        WorkflowUi.await(display, () -> marker("unpinned-image") != null, "the unpinned-image marker");
        IMarker marker = marker("unpinned-image");
        IMarkerResolution pin = Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(marker))
                .filter(f -> f.getLabel().contains("to 'docker.io/library/python:3.12-slim'")).findFirst()
                .orElseThrow(() -> new AssertionError("no pin fix"));
        pin.run(marker);
        assertEquals(TEXT, text(), "the image is pinned again, nothing else changed");
        WorkflowUi.await(display, () -> marker("unpinned-image") == null, "the marker to go away");
    }

    /** The Problems view updates in its own job: its tree (first column "Description") has rows. */
    private static boolean problemsShown(org.eclipse.swt.widgets.Control control) {
        if (control instanceof org.eclipse.swt.widgets.Tree tree && tree.getColumnCount() > 0
                && tree.getColumn(0).getText().equals("Description")) {
            for (org.eclipse.swt.widgets.TreeItem item : tree.getItems()) {
                if (item.getText().startsWith("Errors")) {
                    item.setExpanded(true);
                    return true;
                }
            }
            return false;
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                if (problemsShown(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    private int lineOf(String fragment) {
        List<String> lines = List.of(text().split("\n"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment + " not in the text");
    }

    private IMarker marker(String code) {
        try {
            for (IMarker m : file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
                if (code.equals(m.getAttribute(ProblemMarkers.CODE, ""))) {
                    return m;
                }
            }
            return null;
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    private IAction globalAction(String id) {
        IAction action = editor.getEditorSite().getActionBars().getGlobalActionHandler(id);
        assertNotNull(action, "the editor handles " + id);
        return action;
    }

    private static boolean hasEdge(DiagramCanvas canvas, String from, String to) {
        for (EdgeFigure edge : canvas.edges()) {
            if (edge.from().name().equals(from) && edge.to().name().equals(to)) {
                return true;
            }
        }
        return false;
    }
}
