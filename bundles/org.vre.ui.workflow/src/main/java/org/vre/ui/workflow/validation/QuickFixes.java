package org.vre.ui.workflow.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.vre.ui.ErrorDialogs;
import org.vre.ui.workflow.editor.WorkflowEditor;
import org.vre.workflow.WorkflowFile;
import org.vre.workflow.edit.provider.WorkflowItemProviderAdapterFactory;
import org.vre.workflow.model.Specification;

/**
 * Quick fixes for the validation's markers: declare an undeclared parameter, pin an unpinned image (to a tag
 * another step already uses for that image, or to one the user types). In an open editor the fix is one undoable
 * command; otherwise the file is edited through the model's lossless save.
 */
public final class QuickFixes implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        String code = marker.getAttribute(ProblemMarkers.CODE, "");
        return code.equals("undeclared-parameter") || code.equals("unpinned-image");
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        String message = marker.getAttribute(IMarker.MESSAGE, "");
        List<IMarkerResolution> fixes = new ArrayList<>();
        String parameter = WorkflowFixes.undeclaredParameter(message);
        if (parameter != null) {
            fixes.add(new Fix("Declare parameter '" + parameter + "' in inputs.parameters",
                    (domain, spec) -> WorkflowFixes.declareParameter(domain, spec, parameter)));
        }
        String image = WorkflowFixes.unpinnedImage(message);
        if (image != null) {
            Specification spec = specificationOf(marker.getResource());
            if (spec != null) {
                for (String pinned : WorkflowFixes.pinsInUse(spec, image)) {
                    fixes.add(new Fix("Pin image '" + image + "' to '" + pinned + "' (used by another step)",
                            (domain, s) -> WorkflowFixes.pinImage(domain, s, image, pinned)));
                }
            }
            fixes.add(new Fix("Pin image '" + image + "' to a tag\u2026", (domain, s) -> {
                String pinned = askForPin(image);
                return pinned == null ? null : WorkflowFixes.pinImage(domain, s, image, pinned);
            }));
        }
        return fixes.toArray(IMarkerResolution[]::new);
    }

    private static String askForPin(String image) {
        String base = WorkflowFixes.repository(image);
        InputDialog dialog = new InputDialog(Display.getCurrent().getActiveShell(), "Pin Image",
                "The image with a fixed tag (check the registry for the version you tested with):", base + ":",
                text -> WorkflowFixes.tag(text) == null || WorkflowFixes.tag(text).isBlank()
                        ? "Give a tag after the colon, e.g. " + base + ":1.0" : null);
        return dialog.open() == Window.OK ? dialog.getValue() : null;
    }

    /** The model of the file: the open editor's, else read from disk. */
    private static Specification specificationOf(IResource resource) {
        WorkflowEditor editor = openEditor(resource);
        if (editor != null) {
            return editor.session().specification();
        }
        try {
            return WorkflowFile.load(resource.getLocation().toFile().toPath()).specification();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static WorkflowEditor openEditor(IResource resource) {
        if (!(resource instanceof IFile file)) {
            return null;
        }
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            if (window.getActivePage() == null) {
                continue;
            }
            for (IEditorReference reference : window.getActivePage().findEditors(new FileEditorInput(file),
                    WorkflowEditor.ID, org.eclipse.ui.IWorkbenchPage.MATCH_INPUT | org.eclipse.ui.IWorkbenchPage.MATCH_ID)) {
                IEditorPart part = reference.getEditor(true);
                if (part instanceof WorkflowEditor editor) {
                    return editor;
                }
            }
        }
        return null;
    }

    /** One fix: a command made against the model it is applied to. */
    private static final class Fix implements IMarkerResolution {
        private final String label;
        private final BiFunction<EditingDomain, Specification, Command> command;

        Fix(String label, BiFunction<EditingDomain, Specification, Command> command) {
            this.label = label;
            this.command = command;
        }

        @Override
        public String getLabel() {
            return label;
        }

        @Override
        public void run(IMarker marker) {
            WorkflowEditor editor = openEditor(marker.getResource());
            if (editor != null) {
                Command fix = command.apply(editor.session().domain(), editor.session().specification());
                if (fix != null) {
                    editor.session().execute(fix);
                }
                return;
            }
            IFile file = (IFile) marker.getResource();
            try {
                WorkflowFile workflow = WorkflowFile.load(file.getLocation().toFile().toPath());
                EditingDomain domain = new AdapterFactoryEditingDomain(new WorkflowItemProviderAdapterFactory(),
                        new BasicCommandStack());
                Command fix = command.apply(domain, workflow.specification());
                if (fix != null && fix.canExecute()) {
                    domain.getCommandStack().execute(fix);
                    workflow.save();
                    file.refreshLocal(IResource.DEPTH_ZERO, null);
                }
            } catch (RuntimeException | CoreException e) {
                ErrorDialogs.show("Cannot apply the fix to " + file.getFullPath(), e);
            }
        }
    }
}
