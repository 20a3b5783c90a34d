package org.vre.lake.xrootd.wire;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the data of kXR_oksofar / kXR_ok frames go. The connection's reader thread hands each frame's
 * bytes over straight from the socket, so large reads land in their final buffer without a copy.
 */
public interface ResponseSink {

    /**
     * Reads exactly {@code length} bytes from {@code in}.
     *
     * @throws ProtocolViolation when the bytes would exceed what this sink accepts (a malformed or
     *         hostile response); the connection is then dropped, since its framing can no longer be trusted
     */
    void accept(InputStream in, int length) throws IOException;

    /** Bytes received so far. */
    int size();
}
