package org.vre.lake.storage.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;
import org.vre.core.Progress;

/**
 * A request body read once from a stream in large blocks (httpclient's own entity copies 4 KiB at a time),
 * reporting progress and honouring cancel between blocks. Counts what it sent so a failed request can
 * tell whether the body was touched.
 */
final class StreamingEntity extends AbstractHttpEntity {

    private static final int BLOCK = 1 << 20;

    private final InputStream data;
    private final long length;
    private final Progress progress;
    private long sent;

    StreamingEntity(InputStream data, long length, Progress progress) {
        super(ContentType.APPLICATION_OCTET_STREAM, null, length < 0);
        this.data = data;
        this.length = length;
        this.progress = progress;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        byte[] buffer = new byte[(int) (length >= 0 ? Math.max(1, Math.min(BLOCK, length)) : BLOCK)];
        int n;
        while ((n = data.read(buffer)) >= 0) {
            progress.checkCancelled();
            if (length >= 0 && sent + n > length) {
                throw new SourceLengthException("the source has more than the declared " + length + " bytes");
            }
            out.write(buffer, 0, n);
            sent += n;
            progress.worked(n);
        }
        if (length >= 0 && sent != length) {
            // abort now rather than leave the server waiting for bytes that will never come
            throw new SourceLengthException("the source ended after " + sent + " of the declared " + length + " bytes");
        }
        out.flush();
    }

    /** The local source did not match the declared length: the request is aborted. */
    static final class SourceLengthException extends IOException {
        private static final long serialVersionUID = 1L;

        SourceLengthException(String message) {
            super(message);
        }
    }

    long sent() {
        return sent;
    }

    @Override
    public InputStream getContent() {
        throw new UnsupportedOperationException("a streamed request body can be written only");
    }

    @Override
    public boolean isStreaming() {
        return true;
    }

    @Override
    public boolean isRepeatable() {
        return false;
    }

    @Override
    public long getContentLength() {
        return length;
    }

    @Override
    public void close() throws IOException {
        // the caller owns the source stream
    }
}
