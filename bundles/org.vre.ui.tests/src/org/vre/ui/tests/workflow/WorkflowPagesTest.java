package org.vre.ui.tests.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vre.engine.Run;
import org.vre.engine.RunState;
import org.vre.engine.RunStore;
import org.vre.ui.WorkflowsPerspective;
import org.vre.ui.tests.Screenshots;
import org.vre.ui.workflow.editor.WorkflowEditor;
import org.vre.ui.workflow.form.StepSection;
import org.vre.ui.workflow.run.AnalysisRun;
import org.vre.ui.workflow.run.RunDialog;
import org.vre.ui.workflow.run.RunLauncher;
import org.vre.ui.workflow.validation.ProblemMarkers;
import org.vre.ui.workflow.wizard.NewAnalysisWizard;

/** The form page, the New Analysis wizard, a yadage workflow shown read-only, and a run started from the editor. */
class WorkflowPagesTest {

    private IWorkbenchWindow window;
    private Display display;
    private IWorkbenchPage page;

    @BeforeEach
    void workbench() throws Exception {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setBounds(0, 0, 1280, 860);
        display = window.getShell().getDisplay();
        page = PlatformUI.getWorkbench().showPerspective(WorkflowsPerspective.ID, window);
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    private WorkflowEditor open(IFile file) throws Exception {
        IEditorPart part = IDE.openEditor(page, file);
        assertTrue(part instanceof WorkflowEditor, String.valueOf(part));
        return (WorkflowEditor) part;
    }

    @Test
    void formFieldsWriteMemoryWithUnitsBackendAndFlags() throws Exception {
        IFile file = WorkflowUi.project("form-analysis", WorkflowEditorTest.TEXT);
        WorkflowEditor editor = open(file);
        editor.showForm();
        StepSection steps = editor.form().steps();
        steps.chooser().select(1);
        steps.chooser().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals("slurmcern", steps.backendField().getText());
        steps.memoryField().setSelection(2);
        steps.memoryUnitField().select(Arrays.asList(steps.memoryUnitField().getItems()).indexOf("Gi"));
        steps.memoryUnitField().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        String text = editor.session().document().get();
        assertTrue(text.contains("kubernetes_memory_limit: 2Gi"), text);
        steps.rucioField().setSelection(true);
        steps.rucioField().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        text = editor.session().document().get();
        assertTrue(text.contains("rucio: true"), text);
        assertTrue(text.contains("name: fit   # the fit itself"), "comments kept: " + text);
        assertTrue(editor.diagram().figure("fit").node().rucio(), "the diagram shows the flag set in the form");
        assertEquals("events", editor.form().parameters().table().getItem(0).getText(0));
        assertEquals("1000", editor.form().parameters().table().getItem(0).getText(1));
        Screenshots.save(window.getShell(), "workflows-form");
    }

    @Test
    void newAnalysisWizardCreatesAProjectWhoseReanaYamlOpensValid() throws Exception {
        IProject old = ResourcesPlugin.getWorkspace().getRoot().getProject("my-analysis");
        if (old.exists()) {
            old.delete(true, true, null);
        }
        NewAnalysisWizard wizard = new NewAnalysisWizard();
        wizard.init(PlatformUI.getWorkbench(), null);
        WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Screenshots.save(dialog.getShell(), "workflows-new-analysis");
        Button finish = findButton(dialog.getShell(), "&Finish");
        assertTrue(finish.isEnabled(), "the default name is valid");
        finish.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        IFile created = wizard.created();
        assertNotNull(created);
        assertTrue(created.exists() && created.getProject().getFile("code/analyse.py").exists());
        IEditorPart active = page.getActiveEditor();
        assertTrue(active instanceof WorkflowEditor, "the new reana.yaml is opened: " + active);
        WorkflowEditor editor = (WorkflowEditor) active;
        WorkflowUi.await(display, () -> editor.diagram().figure("analyse") != null, "the starter step");
        Job.getJobManager().join(org.vre.ui.workflow.validation.LiveValidation.FAMILY, null);
        for (IMarker marker : created.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
            assertTrue(marker.getAttribute(IMarker.SEVERITY, 0) < IMarker.SEVERITY_WARNING,
                    "the starter validates without warnings: " + marker.getAttribute(IMarker.MESSAGE, ""));
        }
    }

    @Test
    void aYadageWorkflowShowsItsStagesReadOnly() throws Exception {
        IFile file = WorkflowUi.project("yadage-analysis", """
                version: 0.3.0
                workflow:
                  type: yadage
                  file: workflow/yadage/workflow.yaml
                """);
        IFolder folder = file.getProject().getFolder("workflow");
        folder.create(true, true, null);
        folder.getFolder("yadage").create(true, true, null);
        folder.getFolder("yadage").getFile("workflow.yaml").create(new ByteArrayInputStream("""
                stages:
                  - name: skim
                    dependencies: [init]
                    scheduler:
                      scheduler_type: singlestep-stage
                      parameters: {input: {step: init, output: input}}
                      step:
                        process: {process_type: string-interpolated-cmd, cmd: 'skim {input}'}
                        environment: {environment_type: docker-encapsulated, image: docker.io/library/python, imagetag: '3.12-slim'}
                  - name: fit
                    dependencies: [skim]
                    scheduler:
                      scheduler_type: singlestep-stage
                      parameters: {input: {step: skim, output: output}}
                      step:
                        process: {process_type: string-interpolated-cmd, cmd: 'fit {input}'}
                        environment: {environment_type: docker-encapsulated, image: docker.io/library/python, imagetag: '3.12-slim'}
                """.getBytes(StandardCharsets.UTF_8)), true, null);
        WorkflowEditor editor = open(file);
        WorkflowUi.await(display, () -> editor.diagram().figure("fit") != null, "the yadage stages");
        assertNotNull(editor.diagram().figure("skim"));
        assertFalse(editor.diagram().paletteItem("step").isEnabled(), "no adding steps to a yadage workflow here");
        assertTrue(editor.diagram().canvas().edges().stream()
                .anyMatch(e -> e.from().name().equals("skim") && e.to().name().equals("fit")));
        Screenshots.save(window.getShell(), "workflows-yadage");
    }

    @Test
    void runFromTheEditorChoosesTheExecutorOverridesAParameterAndFinishes() throws Exception {
        IFile file = WorkflowUi.project("run-analysis", """
                inputs:
                  parameters:
                    greeting: hello
                workflow:
                  type: serial
                  specification:
                    steps:
                      - name: say
                        environment: docker.io/library/python:3.12-slim
                        commands:
                          - echo ${greeting} > said.txt
                """);
        WorkflowEditor editor = open(file);
        AtomicReference<RunDialog> opened = new AtomicReference<>();
        RunLauncher.launch(editor, opened::set);
        WorkflowUi.await(display, () -> opened.get() != null, "the run dialog");
        RunDialog dialog = opened.get();
        assertTrue(Arrays.asList(dialog.executorField().getItems()).contains("local"),
                Arrays.toString(dialog.executorField().getItems()));
        dialog.executorField().select(Arrays.asList(dialog.executorField().getItems()).indexOf("local"));
        dialog.parametersTable().getItem(0).setText(1, "bonjour");
        Screenshots.save(dialog.getShell(), "workflows-run");
        findButton(dialog.getShell(), "Run").notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        Job.getJobManager().join(AnalysisRun.FAMILY, null);
        RunStore store = new RunStore(AnalysisRun.runStore());
        Run run = store.latestFrom(file.getProject().getLocation().toFile().toPath()).orElseThrow();
        assertEquals(RunState.FINISHED, run.state(), run.message());
        assertEquals("bonjour", run.parameters().get("greeting"));
        assertEquals("bonjour", Files.readString(run.workspace().resolve("said.txt")).strip());
    }

    private static Button findButton(Control control, String text) {
        if (control instanceof Button button && text.equals(button.getText())) {
            return button;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Button found = findButton(child, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }


}
