package org.vre.lake.transfer;

import org.vre.core.VreException;

/** Writing on this machine failed (disk full, permission): no other replica would help. */
final class LocalWriteException extends VreException {
    private static final long serialVersionUID = 1L;

    LocalWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
