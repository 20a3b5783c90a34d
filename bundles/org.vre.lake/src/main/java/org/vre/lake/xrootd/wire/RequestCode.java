package org.vre.lake.xrootd.wire;

/** The request ids of the XRootD protocol (client to server, 2 bytes after the stream id). */
public final class RequestCode {
    public static final int AUTH = 3000;
    public static final int QUERY = 3001;
    public static final int CLOSE = 3003;
    public static final int DIRLIST = 3004;
    public static final int PROTOCOL = 3006;
    public static final int LOGIN = 3007;
    public static final int MKDIR = 3008;
    public static final int MV = 3009;
    public static final int OPEN = 3010;
    public static final int PING = 3011;
    public static final int READ = 3013;
    public static final int RM = 3014;
    public static final int RMDIR = 3015;
    public static final int SYNC = 3016;
    public static final int STAT = 3017;
    public static final int WRITE = 3019;
    public static final int ENDSESS = 3023;

    private RequestCode() {
    }

    /** The protocol's name for a request id, for messages. */
    public static String name(int code) {
        return switch (code) {
            case AUTH -> "kXR_auth";
            case QUERY -> "kXR_query";
            case CLOSE -> "kXR_close";
            case DIRLIST -> "kXR_dirlist";
            case PROTOCOL -> "kXR_protocol";
            case LOGIN -> "kXR_login";
            case MKDIR -> "kXR_mkdir";
            case MV -> "kXR_mv";
            case OPEN -> "kXR_open";
            case PING -> "kXR_ping";
            case READ -> "kXR_read";
            case RM -> "kXR_rm";
            case RMDIR -> "kXR_rmdir";
            case SYNC -> "kXR_sync";
            case STAT -> "kXR_stat";
            case WRITE -> "kXR_write";
            case ENDSESS -> "kXR_endsess";
            default -> "request " + code;
        };
    }
}
