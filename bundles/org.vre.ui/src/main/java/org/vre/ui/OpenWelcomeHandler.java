package org.vre.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** Help > Welcome. */
public final class OpenWelcomeHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        OpenHelpHandler.showView(Views.WELCOME);
        return null;
    }
}
