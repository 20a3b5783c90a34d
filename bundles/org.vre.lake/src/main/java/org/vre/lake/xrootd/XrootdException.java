package org.vre.lake.xrootd;

import org.vre.core.VreException;

/**
 * An XRootD operation failed. The message names the server or URL, the request and the cause;
 * {@link #kind()} tells callers what kind of failure it is, {@link #serverCode()} carries the
 * server's own error number (kXR_NotFound = 3011, ...) when the server sent one.
 */
public class XrootdException extends VreException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, as far as callers need to decide what to do next. */
    public enum Kind {
        NOT_FOUND, ALREADY_EXISTS, PERMISSION_DENIED, NO_SPACE, IS_DIRECTORY, INVALID_REQUEST, UNSUPPORTED,
        /** Connecting failed or the connection broke; retrying (or resuming) may help. */
        CONNECTION,
        /** No answer in time, or kXR_wait asked us to wait longer than allowed. */
        TIMEOUT,
        /** The server sent something the protocol does not allow (malformed, truncated, too large). */
        PROTOCOL,
        /** Any other error the server reported. */
        SERVER,
        CANCELLED
    }

    private final Kind kind;
    private final int serverCode;

    public XrootdException(Kind kind, String message) {
        this(kind, 0, message, null);
    }

    public XrootdException(Kind kind, String message, Throwable cause) {
        this(kind, 0, message, cause);
    }

    public XrootdException(Kind kind, int serverCode, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.serverCode = serverCode;
    }

    public Kind kind() {
        return kind;
    }

    /** The server's error number (3000..3999), or 0 when the failure did not come from the server. */
    public int serverCode() {
        return serverCode;
    }

    /** Maps a kXR_error number to a kind. */
    public static Kind kindOf(int serverCode, String message) {
        return switch (serverCode) {
            case 3011 -> Kind.NOT_FOUND;                  // kXR_NotFound
            case 3018 -> Kind.ALREADY_EXISTS;             // kXR_ItExists
            case 3010, 3030 -> Kind.PERMISSION_DENIED;    // kXR_NotAuthorized, kXR_AuthFailed
            case 3009, 3021 -> Kind.NO_SPACE;             // kXR_NoSpace, kXR_overQuota
            case 3016 -> Kind.IS_DIRECTORY;               // kXR_isDirectory
            case 3000, 3001, 3002, 3006 -> Kind.INVALID_REQUEST;
            case 3013 -> Kind.UNSUPPORTED;                // kXR_Unsupported
            default -> message != null && message.contains("file exists") ? Kind.ALREADY_EXISTS
                    : message != null && message.contains("no such file") ? Kind.NOT_FOUND
                    : Kind.SERVER;
        };
    }
}
