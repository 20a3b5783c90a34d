package org.vre.lake.xrootd;

/**
 * The hook for XRootD authentication (kXR_auth). After kXR_login the server lists the protocols it
 * accepts ({@code &P=unix&P=gsi,v:10000,...}); the client picks the first one it has an implementation
 * for and exchanges credentials with it. GSI (X.509 proxies) and ztn (tokens) plug in here from the
 * authentication bundle; this bundle ships {@link UnixSecurity}.
 */
public interface SecurityProtocol {

    /** The protocol's id as the server names it: {@code unix}, {@code gsi}, {@code ztn}, ... (at most 4 characters). */
    String name();

    /**
     * The first credentials to send.
     *
     * @param host the server's host name
     * @param serverParameters what the server announced for this protocol after {@code P=name,} (may be empty)
     */
    byte[] initialCredentials(String host, String serverParameters);

    /** The next credentials when the server answers kXR_authmore with {@code challenge}. */
    default byte[] continueWith(byte[] challenge) {
        throw new XrootdException(XrootdException.Kind.UNSUPPORTED,
                "the " + name() + " security protocol has no further authentication step");
    }
}
