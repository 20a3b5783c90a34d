package org.vre.lake.xrootd.wire;

/** The final answer to one request, after any kXR_oksofar parts and kXR_waitresp deferral. */
public sealed interface Reply {

    /** kXR_ok: the data went to the request's sink. */
    record Ok() implements Reply { }

    /** kXR_error with the server's error number (3000..) and message. */
    record Error(int code, String message) implements Reply { }

    /** kXR_redirect: ask {@code host}:{@code port} instead, adding {@code opaque} CGI (may be empty). */
    record Redirect(String host, int port, String opaque) implements Reply { }

    /** kXR_wait: send the same request again after {@code seconds}. */
    record Wait(int seconds, String message) implements Reply { }

    /** kXR_authmore: the security protocol needs another round; {@code data} is the server's challenge. */
    record AuthMore(byte[] data) implements Reply { }
}
