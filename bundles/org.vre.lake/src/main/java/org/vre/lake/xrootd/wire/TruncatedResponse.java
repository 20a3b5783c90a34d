package org.vre.lake.xrootd.wire;

import java.io.EOFException;

/** The connection ended in the middle of a response frame. */
public final class TruncatedResponse extends EOFException {
    private static final long serialVersionUID = 1L;

    public TruncatedResponse(int received, int expected) {
        super("connection closed in the middle of a response (" + received + " of " + expected + " bytes)");
    }
}
