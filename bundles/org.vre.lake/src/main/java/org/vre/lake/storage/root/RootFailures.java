package org.vre.lake.storage.root;

import java.io.IOException;
import java.net.URI;

import org.vre.core.CancelledException;
import org.vre.lake.storage.StorageException;
import org.vre.lake.storage.StorageException.Reason;
import org.vre.lake.xrootd.XrootdException;

/** Turns XRootD client failures into the lake's {@link StorageException} reasons. */
final class RootFailures {

    private RootFailures() {
    }

    static RuntimeException of(URI uri, String action, XrootdException e) {
        if (e.kind() == XrootdException.Kind.CANCELLED) {
            return new CancelledException();
        }
        return new StorageException(reason(e.kind()), uri, action + ": " + withoutPrefix(e.getMessage(), uri), e);
    }

    static StorageException of(URI uri, String action, IOException e) {
        Throwable cause = e.getCause();
        Reason reason = cause instanceof XrootdException x ? reason(x.kind()) : Reason.CONNECTION;
        return new StorageException(reason, uri, action + ": " + withoutPrefix(e.getMessage(), uri), e);
    }

    static Reason reason(XrootdException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> Reason.NOT_FOUND;
            case ALREADY_EXISTS -> Reason.ALREADY_EXISTS;
            case PERMISSION_DENIED -> Reason.PERMISSION_DENIED;
            case NO_SPACE -> Reason.NO_SPACE;
            case IS_DIRECTORY, INVALID_REQUEST -> Reason.REJECTED;
            case UNSUPPORTED -> Reason.UNSUPPORTED;
            case CONNECTION, CANCELLED -> Reason.CONNECTION;
            case TIMEOUT -> Reason.TIMEOUT;
            case PROTOCOL, SERVER -> Reason.SERVER_ERROR;
        };
    }

    /** Our messages start with the URL already; the StorageException adds it again otherwise. */
    private static String withoutPrefix(String message, URI uri) {
        if (message == null) {
            return "failed";
        }
        int separator = message.indexOf(": ");
        if (separator > 0 && message.startsWith("root://") && !message.substring(0, separator).contains(" ")) {
            return message.substring(separator + 2);
        }
        return message;
    }
}
