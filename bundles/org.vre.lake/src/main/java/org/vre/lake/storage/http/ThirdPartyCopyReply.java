package org.vre.lake.storage.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.vre.core.Progress;
import org.vre.lake.storage.StorageException;
import org.vre.lake.storage.StorageException.Reason;

/**
 * Reads the streamed answer to an HTTP third-party {@code COPY}: blocks of performance markers
 * ({@code Perf Marker} ... {@code Stripe Bytes Transferred: N} ... {@code End}) and a last line
 * {@code success: ...} or {@code failure: ...}. A reply without that last line is a failure: the copy
 * may have stopped half-way.
 */
final class ThirdPartyCopyReply {

    private static final int MAX_LINE = 8192;

    private ThirdPartyCopyReply() {
    }

    /** Reports marker bytes to {@code progress}; returns the bytes last reported; throws on failure. */
    static long read(InputStream body, URI uri, Progress progress) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        long reported = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.length() > MAX_LINE) {
                line = line.substring(0, MAX_LINE);
            }
            String trimmed = line.trim();
            String lower = trimmed.toLowerCase(Locale.ROOT);
            if (lower.startsWith("stripe bytes transferred:")) {
                long bytes = parseLong(trimmed.substring(trimmed.indexOf(':') + 1).trim());
                if (bytes > reported) {
                    progress.worked(bytes - reported);
                    reported = bytes;
                }
            } else if (lower.startsWith("success")) {
                return reported;
            } else if (lower.startsWith("failure") || lower.startsWith("aborted")) {
                String reason = trimmed.contains(":") ? trimmed.substring(trimmed.indexOf(':') + 1).trim() : trimmed;
                throw new StorageException(Reason.SERVER_ERROR, uri, "third-party copy failed: " + reason);
            }
            if (progress.isCancelled()) {
                throw new org.vre.core.CancelledException();
            }
        }
        throw new StorageException(Reason.CONNECTION, uri,
                "third-party copy: the server's reply ended without success or failure (" + reported + " bytes reported)");
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
