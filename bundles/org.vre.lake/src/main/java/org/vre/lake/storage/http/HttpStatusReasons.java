package org.vre.lake.storage.http;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;

import javax.net.ssl.SSLException;

import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.TruncatedChunkException;
import org.vre.lake.storage.StorageException;
import org.vre.lake.storage.StorageException.Reason;
import org.vre.lake.storage.TlsTrust;

/** Turns HTTP status codes and socket failures into storage failures with messages that say what happened. */
final class HttpStatusReasons {

    private HttpStatusReasons() {
    }

    static StorageException forStatus(URI uri, String action, int status, String reasonPhrase, String body) {
        String what = action + " failed: HTTP " + status + (reasonPhrase == null || reasonPhrase.isBlank() ? "" : " " + reasonPhrase)
                + detail(body);
        Reason reason;
        if (status == 401) {
            reason = Reason.PERMISSION_DENIED;
            what += " (the server wants credentials: a token or a proxy)";
        } else if (status == 403) {
            reason = Reason.PERMISSION_DENIED;
            what += " (the server refuses this operation for this identity or path)";
        } else if (status == 404 || status == 410) {
            reason = Reason.NOT_FOUND;
        } else if (status == 412) {
            reason = Reason.ALREADY_EXISTS;
        } else if (status == 405 || status == 501) {
            reason = Reason.UNSUPPORTED;
        } else if (status == 507) {
            reason = Reason.NO_SPACE;
            what += " (the storage is full or over quota)";
        } else if (status == 408 || status == 504) {
            reason = Reason.TIMEOUT;
        } else if (status == 429 || status >= 500) {
            reason = Reason.SERVER_ERROR;
        } else {
            reason = Reason.REJECTED;
        }
        return new StorageException(reason, uri, what);
    }

    static StorageException forIo(URI uri, String action, java.io.IOException e, TlsTrust trust) {
        if (e.getCause() instanceof StorageException fromSource) {
            return fromSource; // the stream we were sending broke (e.g. the source of a streamed copy)
        }
        if (e instanceof StreamingEntity.SourceLengthException) {
            return new StorageException(Reason.INTEGRITY, uri, action + " failed: " + e.getMessage(), e);
        }
        if (e instanceof SSLException ssl) {
            return trust.explain(uri, ssl);
        }
        String host = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return new StorageException(Reason.CONNECTION, uri,
                    action + " failed: cannot connect to " + host + " (" + e.getMessage() + ")", e);
        }
        if (e instanceof UnknownHostException) {
            return new StorageException(Reason.CONNECTION, uri, action + " failed: unknown host " + uri.getHost(), e);
        }
        if (e instanceof SocketTimeoutException) {
            return new StorageException(Reason.TIMEOUT, uri,
                    action + " failed: the server at " + host + " stopped answering (" + e.getMessage() + ")", e);
        }
        if (e instanceof NoHttpResponseException) {
            return new StorageException(Reason.CONNECTION, uri,
                    action + " failed: the server at " + host + " closed the connection without answering", e);
        }
        if (e instanceof ConnectionClosedException || e instanceof TruncatedChunkException) {
            return new StorageException(Reason.INTEGRITY, uri,
                    action + " failed: the server at " + host + " ended the body early (" + e.getMessage() + ")", e);
        }
        return new StorageException(Reason.CONNECTION, uri, action + " failed: " + e, e);
    }

    /** The first meaningful line of an error body, without HTML, at most 200 characters. */
    private static String detail(String body) {
        if (body == null) {
            return "";
        }
        String text = body.replaceAll("(?s)<head>.*?</head>", " ").replaceAll("<[^>]*>", " ")
                .replaceAll("\\s+", " ").trim();
        if (text.isEmpty()) {
            return "";
        }
        return ": " + (text.length() > 200 ? text.substring(0, 200) + "..." : text);
    }
}
