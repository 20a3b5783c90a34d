package org.vre.ui.lake;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.vre.ui.UiThread;

/**
 * Keeps a lazy tree's own updates out of the moments when its rows are being changed.
 * <p>
 * On GTK, removing rows (the {@code Tree.removeAll()} of a new input, a smaller item count) runs GTK's handlers
 * while the rows are half removed: GTK moves its cursor off a removed row and measures or paints the rows around
 * it, so SWT asks for their data ({@code SWT.SetData}) in the middle of the removal. If the content provider
 * then calls back into the viewer ({@code replace}, {@code setChildCount}), JFace walks items whose GTK rows are
 * already freed and {@code gtk_tree_store_get_path} aborts the VM with "assertion failed: (G_NODE
 * (iter->user_data)->parent != NULL)" (SWT issues 667 and 3329: the SWT of our target platform clears GTK's store
 * before it releases the items). So each structural change runs inside {@link #change}, and what is asked for
 * meanwhile is done {@link #later}, after the change, when the tree's rows are whole again.
 */
final class TreeChangeGuard {

    private final Control tree;
    private final Display display;
    private int depth;

    TreeChangeGuard(Control tree) {
        this.tree = tree;
        this.display = tree.getDisplay();
    }

    /** Runs a change of the tree's rows (UI thread); changes may nest. */
    void change(Runnable change) {
        depth++;
        try {
            change.run();
        } finally {
            depth--;
        }
    }

    boolean isChanging() {
        return depth > 0;
    }

    /** Runs {@code work} on the UI thread after the current event, unless the tree is gone by then. */
    void later(Runnable work) {
        UiThread.later(display, () -> {
            if (!tree.isDisposed()) {
                work.run();
            }
        });
    }
}
