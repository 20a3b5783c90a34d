package org.vre.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** Help > VRE Help Contents. */
public final class OpenHelpHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        showHelp();
        return null;
    }

    static void showHelp() {
        showView(Views.HELP);
    }

    static void showView(String id) {
        try {
            PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(id);
        } catch (PartInitException e) {
            ErrorDialogs.show("Cannot open the view " + id, e);
        }
    }
}
