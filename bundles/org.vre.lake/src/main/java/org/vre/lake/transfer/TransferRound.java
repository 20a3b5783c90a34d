package org.vre.lake.transfer;

import java.util.List;

/**
 * What the transfer service did: requests completed, failed (with reasons; they go back to the queue while
 * attempts remain), and how many were copied server to server.
 */
public record TransferRound(int claimed, int done, int failed, int thirdParty, long bytes, List<String> errors) {

    public TransferRound {
        errors = List.copyOf(errors);
    }

    TransferRound plus(TransferRound other) {
        List<String> all = new java.util.ArrayList<>(errors);
        all.addAll(other.errors);
        return new TransferRound(claimed + other.claimed, done + other.done, failed + other.failed,
                thirdParty + other.thirdParty, bytes + other.bytes, all);
    }

    static TransferRound empty() {
        return new TransferRound(0, 0, 0, 0, 0, List.of());
    }
}
