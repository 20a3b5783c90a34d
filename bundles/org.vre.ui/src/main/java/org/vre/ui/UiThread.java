package org.vre.ui;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

/** Hands results of background jobs to the UI thread, quietly dropping them when the workbench has closed. */
public final class UiThread {

    private UiThread() {
    }

    public static void later(Display display, Runnable update) {
        if (display.isDisposed()) {
            return;
        }
        try {
            display.asyncExec(update);
        } catch (SWTException closedMeanwhile) {
            // The display went away between the check and the call: there is nobody left to show it to.
        }
    }
}
