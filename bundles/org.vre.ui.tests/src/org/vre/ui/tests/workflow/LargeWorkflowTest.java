package org.vre.ui.tests.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vre.ui.WorkflowsPerspective;
import org.vre.ui.workflow.diagram.DiagramEdits;
import org.vre.ui.workflow.diagram.StepFigure;
import org.vre.ui.workflow.editor.WorkflowEditor;

/**
 * A workflow of 120 steps in 40 layers of 3 (each depending on the layer before): the diagram draws every step
 * in its layer, and an edit in the diagram reaches the text. The times are printed for the report, not asserted.
 */
class LargeWorkflowTest {

    private static final int LAYERS = 40;
    private static final int WIDTH = 3;

    @AfterEach
    void close() {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
    }

    @Test
    void aWorkflowOf120StepsOpensLaidOutInLayersAndTakesEdits() throws Exception {
        StringBuilder text = new StringBuilder("workflow:\n  type: serial\n  specification:\n    steps:\n");
        for (int layer = 0; layer < LAYERS; layer++) {
            for (int i = 0; i < WIDTH; i++) {
                text.append("      - name: s").append(layer).append('-').append(i).append('\n');
                text.append("        environment: docker.io/library/python:3.12-slim\n");
                text.append("        commands: [echo ").append(layer).append("]\n");
                if (layer > 0) {
                    text.append("        depends_on: [");
                    for (int j = 0; j < WIDTH; j++) {
                        text.append(j == 0 ? "" : ", ").append('s').append(layer - 1).append('-').append(j);
                    }
                    text.append("]\n");
                }
            }
        }
        IFile file = WorkflowUi.project("large-analysis", text.toString());
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Display display = window.getShell().getDisplay();
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(WorkflowsPerspective.ID, window);

        long start = System.nanoTime();
        WorkflowEditor editor = (WorkflowEditor) IDE.openEditor(page, file);
        long opened = System.nanoTime();
        List<StepFigure> figures = editor.diagram().canvas().steps();
        assertEquals(LAYERS * WIDTH, figures.size());
        assertEquals(3 * 3 * (LAYERS - 1), editor.diagram().canvas().edges().size());
        for (int layer = 1; layer < LAYERS; layer++) {
            int x = editor.diagram().figure("s" + layer + "-0").bounds().x;
            assertTrue(x > editor.diagram().figure("s" + (layer - 1) + "-2").bounds().x, "layer " + layer + " right of the one before");
            assertEquals(x, editor.diagram().figure("s" + layer + "-2").bounds().x, "a layer is one column");
        }

        long editStart = System.nanoTime();
        editor.session().execute(DiagramEdits.delete(editor.session().domain(), editor.session().specification(),
                List.of("s20-1")));
        long edited = System.nanoTime();
        assertTrue(!editor.session().document().get().contains("name: s20-1\n"));
        assertEquals(LAYERS * WIDTH - 1, editor.diagram().canvas().steps().size());
        WorkflowUi.await(display, () -> true, "nothing");
        System.out.printf("[measure] open 120-step reana.yaml with ELK layout: %d ms; delete a step "
                + "(command, minimal text edit, reparse bindings, redraw with new layout): %d ms%n",
                (opened - start) / 1_000_000, (edited - editStart) / 1_000_000);
    }
}
