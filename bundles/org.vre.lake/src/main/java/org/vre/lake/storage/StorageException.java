package org.vre.lake.storage;

import java.net.URI;

import org.vre.core.VreException;

/**
 * A storage operation failed. The message names the URI and says what happened; the {@link Reason}
 * lets transfer code decide whether to retry, resume, try another replica or give up.
 */
public class StorageException extends VreException {
    private static final long serialVersionUID = 1L;

    /** Why an operation failed, as far as retrying is concerned. */
    public enum Reason {
        /** Nothing at that address. */
        NOT_FOUND(false),
        /** The target exists and must not be replaced. */
        ALREADY_EXISTS(false),
        /** The server refused: authentication or authorisation (401, 403, EACCES). */
        PERMISSION_DENIED(false),
        /** The storage is full or over quota (507, ENOSPC, EDQUOT). */
        NO_SPACE(false),
        /** The server's TLS certificate is not trusted or does not match the host. */
        UNTRUSTED_CERTIFICATE(false),
        /** The connection could not be made or broke (refused, reset, closed early). */
        CONNECTION(true),
        /** No progress within the time limit, or below the minimum speed. */
        TIMEOUT(true),
        /** The bytes are not what was expected: size or checksum differs, body truncated. */
        INTEGRITY(true),
        /** The server does not support the operation. */
        UNSUPPORTED(false),
        /** The server answered with an error we cannot classify (5xx are retryable). */
        SERVER_ERROR(true),
        /** A request the server rejected as wrong (4xx other than the above). */
        REJECTED(false);

        private final boolean retryable;

        Reason(boolean retryable) {
            this.retryable = retryable;
        }

        /** True when the same operation may succeed if tried again later. */
        public boolean isRetryable() {
            return retryable;
        }
    }

    private final Reason reason;
    private final URI uri;

    public StorageException(Reason reason, URI uri, String message) {
        this(reason, uri, message, null);
    }

    public StorageException(Reason reason, URI uri, String message, Throwable cause) {
        super(uri == null ? message : uri + ": " + message, cause);
        this.reason = reason;
        this.uri = uri;
    }

    public Reason reason() {
        return reason;
    }

    /** The address the failed operation was about (may be null). */
    public URI uri() {
        return uri;
    }

    public boolean isRetryable() {
        return reason.isRetryable();
    }
}
