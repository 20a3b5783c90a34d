package org.vre.lake;

import org.vre.core.VreException;

/** The acting account may not do this; the message names the account, the action and the rule that refused it. */
public class PermissionDeniedException extends VreException {
    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String message) {
        super(message);
    }
}
