package org.vre.lake.xrootd.wire;

import java.io.IOException;

/** The server sent something the protocol does not allow; the connection cannot be trusted any more. */
public final class ProtocolViolation extends IOException {
    private static final long serialVersionUID = 1L;

    public ProtocolViolation(String message) {
        super(message);
    }
}
