package org.vre.ui;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.statushandlers.StatusManager;
import org.vre.core.VreException;

/** Errors the user can act on: the message in a dialog, the details in the Error Log, never a raw trace. */
public final class ErrorDialogs {

    private ErrorDialogs() {
    }

    public static void show(String what, Throwable cause) {
        String reason = cause instanceof VreException ? cause.getMessage() : what + ": " + cause;
        IStatus status = Status.error(reason, cause);
        StatusManager.getManager().handle(status, StatusManager.SHOW | StatusManager.LOG);
    }
}
