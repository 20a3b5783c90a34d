package org.vre.ui.lake;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;

/** Closes the shared lake when the workbench shuts down, so the embedded database is closed cleanly. */
public final class LakeShutdown implements IStartup {

    @Override
    public void earlyStartup() {
        PlatformUI.getWorkbench().addWorkbenchListener(new IWorkbenchListener() {
            @Override
            public boolean preShutdown(IWorkbench workbench, boolean forced) {
                return true;
            }

            @Override
            public void postShutdown(IWorkbench workbench) {
                LakeSession.closeCurrent();
            }
        });
    }
}
