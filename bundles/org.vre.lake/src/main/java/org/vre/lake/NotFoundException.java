package org.vre.lake;

import org.vre.core.VreException;

/** A named account, scope, DID, RSE, rule or request does not exist. */
public class NotFoundException extends VreException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
