package org.vre.lake.transfer;

import java.net.URI;

import org.vre.lake.storage.StorageException;
import org.vre.lake.storage.StorageException.Reason;

/**
 * Aborts a transfer that takes longer than the transfer timeout or, after a grace period, runs below the minimum
 * speed. Checked after every block; a server that goes silent is caught by the socket's read timeout instead.
 */
final class SpeedGuard {

    private final TransferSettings settings;
    private final URI uri;
    private final long start = System.nanoTime();
    private long bytes;

    SpeedGuard(TransferSettings settings, URI uri) {
        this.settings = settings;
        this.uri = uri;
    }

    /** The limits were hit: trying the same replica again at once would only repeat it. */
    static final class TooSlowException extends StorageException {
        private static final long serialVersionUID = 1L;

        TooSlowException(URI uri, String message) {
            super(Reason.TIMEOUT, uri, message);
        }
    }

    void add(long n) {
        bytes += n;
        long elapsed = System.nanoTime() - start;
        if (elapsed > settings.transferTimeout().toNanos()) {
            throw new TooSlowException(uri, "the transfer took longer than the transfer timeout of "
                    + settings.transferTimeout().toSeconds() + " s (" + bytes + " bytes moved)");
        }
        if (settings.minimumSpeed() > 0 && elapsed > settings.speedGrace().toNanos()) {
            double speed = bytes / (elapsed / 1e9);
            if (speed < settings.minimumSpeed()) {
                throw new TooSlowException(uri, String.format(java.util.Locale.ROOT,
                        "the transfer ran at %.0f bytes/s, below the minimum speed of %d bytes/s", speed,
                        settings.minimumSpeed()));
            }
        }
    }
}
