package org.vre.lake.storage.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.vre.lake.storage.StorageException;
import org.vre.lake.storage.StorageException.Reason;
import org.vre.lake.storage.TlsTrust;

/**
 * The body of a GET. It counts bytes against the expected length so a short body is an error even when
 * the server closed the connection "cleanly", and closing it early aborts the connection instead of
 * draining the rest of a large file.
 */
final class ResponseBodyStream extends FilterInputStream {

    private final HttpUriRequestBase request;
    private final ClassicHttpResponse response;
    private final URI uri;
    private final TlsTrust trust;
    private long remaining;
    private boolean ended;

    ResponseBodyStream(InputStream in, HttpUriRequestBase request, ClassicHttpResponse response, URI uri,
            long expected, TlsTrust trust) {
        super(in);
        this.request = request;
        this.response = response;
        this.uri = uri;
        this.remaining = expected;
        this.trust = trust;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (ended) {
            return -1;
        }
        int n;
        try {
            n = in.read(buffer, offset, remaining >= 0 ? (int) Math.min(length, Math.max(remaining, 1)) : length);
        } catch (IOException e) {
            throw new IOException(HttpStatusReasons.forIo(uri, "reading", e, trust).getMessage(),
                    HttpStatusReasons.forIo(uri, "reading", e, trust));
        }
        if (n < 0) {
            ended = true;
            if (remaining > 0) {
                StorageException short_ = new StorageException(Reason.INTEGRITY, uri,
                        "the server ended the body " + remaining + " bytes early");
                throw new IOException(short_.getMessage(), short_);
            }
            return -1;
        }
        if (remaining >= 0) {
            remaining -= n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public void close() throws IOException {
        try {
            if (!ended && remaining != 0) {
                request.cancel(); // do not drain gigabytes we no longer want
            } else {
                in.close();
            }
        } finally {
            response.close();
        }
    }
}
