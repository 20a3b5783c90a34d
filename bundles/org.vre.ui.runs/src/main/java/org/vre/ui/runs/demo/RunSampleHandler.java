package org.vre.ui.runs.demo;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vre.engine.RunOptions;
import org.vre.ui.ErrorDialogs;
import org.vre.ui.RunsPerspective;

/** The welcome page's one click: switch to the Runs perspective and start the seed demo in a job. */
public final class RunSampleHandler extends AbstractHandler {

    /** The command, as the welcome page calls it. */
    public static final String COMMAND = "org.vre.ui.runs.runSample";

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null) {
            window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        }
        try {
            PlatformUI.getWorkbench().showPerspective(RunsPerspective.ID, window);
        } catch (WorkbenchException e) {
            ErrorDialogs.show("Cannot open the Runs perspective", e);
        }
        // every step runs (no cache): the demo is there to show the whole analysis and its logs
        SampleDemoJob job = new SampleDemoJob(window, RunOptions.defaults().withCache(Boolean.FALSE));
        job.schedule();
        return job;
    }
}
