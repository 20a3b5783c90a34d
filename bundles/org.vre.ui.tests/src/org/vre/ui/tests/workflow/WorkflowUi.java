package org.vre.ui.tests.workflow;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ToolItem;
import org.vre.ui.workflow.validation.LiveValidation;

/** Helpers for driving the workflow editor's real widgets: events, waiting for conditions, a project. */
final class WorkflowUi {

    private WorkflowUi() {
    }

    static IFile project(String name, String text) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        IFile file = project.getFile("reana.yaml");
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        return file;
    }

    /**
     * Runs the event loop until {@code condition} holds: the editor parses typed text on a timer and validates in a
     * job, so the test waits for their results (sleeping in the event loop, woken by events), at most 20 s.
     */
    static void await(Display display, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        Runnable wake = () -> { };
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Job.getJobManager().join(LiveValidation.FAMILY, null);
            display.timerExec(100, wake); // a job's asyncExec or a timer wakes the loop; this bounds each wait
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        while (display.readAndDispatch()) {
            // let the last results paint
        }
    }

    /** The first widget of {@code type} in {@code control}'s tree of widgets, or null. */
    static <T extends Control> T find(Control control, Class<T> type) {
        if (type.isInstance(control)) {
            return type.cast(control);
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static void click(ToolItem item) {
        item.setSelection(true);
        Event event = new Event();
        item.notifyListeners(SWT.Selection, event);
    }

    static void mouse(Control control, int type, Point at) {
        Event event = new Event();
        event.type = type;
        event.button = 1;
        event.x = at.x;
        event.y = at.y;
        control.notifyListeners(type, event);
    }

    static void drag(Control control, Point from, Point to) {
        mouse(control, SWT.MouseDown, from);
        mouse(control, SWT.MouseMove, new Point((from.x + to.x) / 2, (from.y + to.y) / 2));
        mouse(control, SWT.MouseMove, to);
        mouse(control, SWT.MouseUp, to);
    }
}
