package org.vre.ui.workflow.run;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.vre.ui.UiThread;
import org.vre.ui.workflow.editor.WorkflowEditor;

/**
 * Run… in the editor: saves the file, finds the executors (in a job: it looks for container runtimes on the PATH),
 * asks in the {@link RunDialog}, then starts an {@link AnalysisRun}.
 */
public final class RunLauncher {

    private RunLauncher() {
    }

    /** @param dialogOpened told about the dialog before it opens (tests press its buttons) */
    public static void launch(WorkflowEditor editor, Consumer<RunDialog> dialogOpened) {
        Path file = editor.session().path();
        if (file == null) {
            return;
        }
        if (editor.isDirty()) {
            editor.doSave(null);
        }
        Shell shell = editor.getSite().getShell();
        Job prepare = Job.create("Finding executors", monitor -> {
            List<String> names = AnalysisRun.executorNames();
            UiThread.later(shell.getDisplay(), () -> ask(editor, shell, file, names, dialogOpened));
            return Status.OK_STATUS;
        });
        prepare.setSystem(true);
        prepare.schedule();
    }

    private static void ask(WorkflowEditor editor, Shell shell, Path file, List<String> names,
            Consumer<RunDialog> dialogOpened) {
        if (shell.isDisposed()) {
            return;
        }
        RunDialog dialog = new RunDialog(shell, editor.session().specification(), names);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialogOpened.accept(dialog);
        dialog.getShell().addListener(org.eclipse.swt.SWT.Dispose, e -> {
            if (dialog.getReturnCode() == Window.OK && dialog.options() != null) {
                new AnalysisRun(file, dialog.options()).schedule();
            }
        });
    }

}
