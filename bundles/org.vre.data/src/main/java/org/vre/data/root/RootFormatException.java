package org.vre.data.root;

import org.vre.core.VreException;

/** A ROOT file that is damaged or not what it claims: the message names the file, the object and the offset. */
public final class RootFormatException extends VreException {
    private static final long serialVersionUID = 1L;

    public RootFormatException(String message) {
        super(message);
    }

    public RootFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
