package org.vre.core;

/** Thrown when work stops because the user asked it to. */
public class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled");
    }
}
