package org.vre.ui;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Runs once the workbench is up: shows the welcome page on the very first start, and answers the
 * launch test when it asks (VRE_LAUNCH_CHECK).
 */
public final class FirstStart implements IStartup {

    @Override
    public void earlyStartup() {
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window != null) {
                showWelcomeOnce(window);
            }
            String report = System.getenv(LaunchCheck.ENVIRONMENT);
            if (report != null && !report.isBlank()) {
                LaunchCheck.writeAndClose(java.nio.file.Path.of(report));
            }
        });
    }

    private static void showWelcomeOnce(IWorkbenchWindow window) {
        ScopedPreferenceStore store = LakePreferences.store();
        if (store.getBoolean(LakePreferences.WELCOME_SHOWN)) {
            return;
        }
        try {
            window.getActivePage().showView(Views.WELCOME);
            store.setValue(LakePreferences.WELCOME_SHOWN, true);
            store.save();
        } catch (PartInitException | java.io.IOException e) {
            ErrorDialogs.show("Cannot show the welcome page", e);
        }
    }
}
