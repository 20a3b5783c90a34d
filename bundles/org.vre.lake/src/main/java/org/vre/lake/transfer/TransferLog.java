package org.vre.lake.transfer;

import java.time.Duration;
import java.util.Locale;

import org.vre.lake.CatalogService;
import org.vre.lake.LakeEvent;

/**
 * Writes one event per transfer into the catalogue's event log: bytes, duration, throughput, protocol and, for a
 * failure, the error. Views, metrics and monitoring read these. Logging never fails the transfer itself.
 */
final class TransferLog {

    private final CatalogService catalog;
    private final String account;

    TransferLog(CatalogService catalog, String account) {
        this.catalog = catalog;
        this.account = account;
    }

    void ok(String type, String target, String protocol, long bytes, Duration duration, String extra) {
        record(type, target, LakeEvent.Outcome.OK, detail(protocol, bytes, duration, extra, null));
    }

    void failed(String type, String target, String protocol, long bytes, Duration duration, String error) {
        record(type, target, LakeEvent.Outcome.FAILED, detail(protocol, bytes, duration, null, error));
    }

    static String detail(String protocol, long bytes, Duration duration, String extra, String error) {
        double seconds = Math.max(duration.toNanos() / 1e9, 1e-9);
        StringBuilder d = new StringBuilder(String.format(Locale.ROOT,
                "bytes=%d seconds=%.3f throughput=%.1fMB/s protocol=%s", bytes, seconds, bytes / seconds / 1e6,
                protocol == null ? "-" : protocol));
        if (extra != null) {
            d.append(' ').append(extra);
        }
        if (error != null) {
            d.append(" error=").append(error);
        }
        return d.toString();
    }

    private void record(String type, String target, LakeEvent.Outcome outcome, String detail) {
        try {
            catalog.recordEvent(account, type, target, outcome, detail);
        } catch (RuntimeException e) {
            // the transfer's own result matters more than its log line
        }
    }
}
