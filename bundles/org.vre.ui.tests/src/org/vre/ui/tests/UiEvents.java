package org.vre.ui.tests;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.vre.ui.FolderListing;

/** Lets the UI catch up: runs pending events and waits for background jobs, instead of sleeping. */
public final class UiEvents {

    private UiEvents() {
    }

    public static void drain(Display display) throws InterruptedException {
        while (display.readAndDispatch()) {
            // keep dispatching
        }
        // Our views load in jobs of one family and post their results with asyncExec, which does not
        // block, so joining the family on the UI thread cannot deadlock.
        Job.getJobManager().join(FolderListing.FAMILY, null);
        while (display.readAndDispatch()) {
            // the results the jobs posted
        }
    }
}
