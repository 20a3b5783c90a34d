package org.vre.lake.xrootd.wire;

/** The status codes of server responses (2 bytes after the stream id) and the kXR_attn action codes. */
public final class ResponseStatus {
    public static final int OK = 0;
    public static final int OKSOFAR = 4000;
    public static final int ATTN = 4001;
    public static final int AUTHMORE = 4002;
    public static final int ERROR = 4003;
    public static final int REDIRECT = 4004;
    public static final int WAIT = 4005;
    public static final int WAITRESP = 4006;
    /** Used by pgread/pgwrite, which this client never sends. */
    public static final int STATUS = 4007;

    /** kXR_attn action: the deferred answer to a request that got kXR_waitresp. */
    public static final int ATTN_ASYNRESP = 5008;
    /** kXR_attn action: the server asks the client to disconnect. */
    public static final int ATTN_ASYNCAB = 5000;
    /** kXR_attn action: a message for the client. */
    public static final int ATTN_ASYNCMS = 5002;

    private ResponseStatus() {
    }

    public static String name(int status) {
        return switch (status) {
            case OK -> "kXR_ok";
            case OKSOFAR -> "kXR_oksofar";
            case ATTN -> "kXR_attn";
            case AUTHMORE -> "kXR_authmore";
            case ERROR -> "kXR_error";
            case REDIRECT -> "kXR_redirect";
            case WAIT -> "kXR_wait";
            case WAITRESP -> "kXR_waitresp";
            case STATUS -> "kXR_status";
            default -> "status " + status;
        };
    }
}
