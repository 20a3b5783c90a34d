package org.vre.lake.transfer;

import org.vre.lake.LakeEvent;

/**
 * The event types of the records transfers write into the event log (bytes, duration, throughput, protocol). A
 * record describes bytes that moved and changes nothing in the catalogue: the replica an upload registers and the
 * request a copy completes have events of their own ({@code replica.register}, {@code transfer.done}).
 */
public final class TransferEvents {

    public static final String UPLOAD = "transfer.upload";
    public static final String DOWNLOAD = "transfer.download";
    public static final String REPLICATE = "transfer.replicate";

    private TransferEvents() {
    }

    /** Whether {@code event} is the record of one upload, download or copy. */
    public static boolean isRecord(LakeEvent event) {
        return switch (event.type()) {
            case UPLOAD, DOWNLOAD, REPLICATE -> true;
            default -> false;
        };
    }
}
