package org.vre.ui.tests.lake;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.vre.ui.DataLakePerspective;
import org.vre.ui.Views;
import org.vre.ui.lake.LakeJobs;
import org.vre.ui.lake.LakeView;

/**
 * Drives the Data Lake view in the tests: waits on the view's job families and the UI's event queue (no sleeping),
 * finds rows, saves screenshots to docs/screenshots/.
 */
final class LakeUi {

    static final int ROUNDS = 400;

    private LakeUi() {
    }

    /** Shows the Data Lake view with no search and all scopes (an earlier test may have left a search). */
    static LakeView openView() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(DataLakePerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        LakeView view = (LakeView) page.showView(Views.LAKE);
        org.eclipse.swt.widgets.Tree tree = view.getViewer().getTree();
        for (int click = 0; click < 2 && tree.getSortColumn() != null; click++) {
            // a sorted column goes up, down, then back to the catalogue's order
            tree.getSortColumn().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        }
        settle();
        if (!view.searchField().getText().isEmpty() || view.scopeField().getSelectionIndex() > 0) {
            view.searchField().setText("");
            view.scopeField().select(0);
            view.refresh();
        }
        return view;
    }

    static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    /** Runs the UI's pending events and waits for the lake's jobs, once. */
    static void settle() throws InterruptedException {
        Display display = display();
        while (display.readAndDispatch()) {
            // keep dispatching
        }
        // the jobs post results with asyncExec (never syncExec), so joining on the UI thread cannot deadlock
        Job.getJobManager().join(LakeView.FAMILY, null);
        Job.getJobManager().join(LakeJobs.FAMILY, null);
        while (display.readAndDispatch()) {
            // what the jobs posted
        }
    }

    /** Settles until {@code condition} holds; fails naming {@code what} after {@link #ROUNDS} rounds. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        await(what, condition, () -> "");
    }

    /** As {@link #await(String, BooleanSupplier)}; {@code state} describes what was seen, for the failure. */
    static void await(String what, BooleanSupplier condition, Supplier<Object> state) throws InterruptedException {
        for (int round = 0; round < ROUNDS; round++) {
            settle();
            if (condition.getAsBoolean()) {
                return;
            }
        }
        throw new AssertionError("timed out waiting for " + what + "; seen: " + state.get());
    }

    static TreeItem awaitItem(Supplier<TreeItem[]> rows, String name) throws InterruptedException {
        TreeItem[] found = new TreeItem[1];
        try {
            await(name + " in the lake tree", () -> {
                for (TreeItem item : rows.get()) {
                    if (name.equals(item.getText(0))) {
                        found[0] = item;
                        return true;
                    }
                }
                return false;
            });
        } catch (AssertionError e) {
            throw new AssertionError(name + " not shown; rows: " + Arrays.stream(rows.get()).map(i -> i.getText(0)).toList());
        }
        return found[0];
    }

    /** Processes UI events until {@code condition} holds, without joining jobs (for timing), or fails after a time. */
    static long spinUntil(String what, BooleanSupplier condition, long timeoutMillis) {
        Display display = display();
        long start = System.nanoTime();
        long deadline = start + timeoutMillis * 1_000_000L;
        // wakes display.sleep() at least every 50 ms so the deadline is checked even when no event comes
        Runnable[] wake = new Runnable[1];
        wake[0] = () -> display.timerExec(50, wake[0]);
        display.timerExec(50, wake[0]);
        try {
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("timed out after " + timeoutMillis + " ms waiting for " + what + " (after "
                            + (System.nanoTime() - start) / 1_000_000 + " ms)");
                }
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
            return (System.nanoTime() - start) / 1_000_000L;
        } finally {
            display.timerExec(-1, wake[0]);
        }
    }

    /**
     * Saves what the window shows, with the Welcome page minimised and the editor area hidden so the views below
     * them (Properties, Transfers, Storage, Monitoring) get the height; both are put back afterwards.
     */
    static Path screenshot(Shell shell, String name) throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        org.eclipse.ui.IViewReference welcome = page.findViewReference(Views.WELCOME);
        boolean editorArea = page.isEditorAreaVisible();
        if (welcome != null) {
            page.setPartState(welcome, IWorkbenchPage.STATE_MINIMIZED);
        }
        page.setEditorAreaVisible(false);
        try {
            return save(shell, name);
        } finally {
            page.setEditorAreaVisible(editorArea);
            if (welcome != null) {
                page.setPartState(welcome, IWorkbenchPage.STATE_RESTORED);
            }
        }
    }

    private static Path save(Shell shell, String name) throws Exception {
        settle();
        // paint what the widgets hold now (GTK paints on its own clock)
        shell.redraw(0, 0, shell.getSize().x, shell.getSize().y, true);
        shell.update();
        return org.vre.ui.tests.Screenshots.save(shell, name);
    }
}
