package org.vre.core;

/**
 * An error meant for the user: its message says what is wrong and where (file, line, field),
 * so front ends print the message alone, never a stack trace.
 */
public class VreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public VreException(String message) {
        super(message);
    }

    public VreException(String message, Throwable cause) {
        super(message, cause);
    }
}
