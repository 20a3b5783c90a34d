package org.vre.lake;

/** Which transfer requests to list; null fields match everything. */
public record TransferQuery(TransferState state, String sourceRse, String destinationRse, String ruleId, int limit) {

    public static TransferQuery all() {
        return new TransferQuery(null, null, null, null, Integer.MAX_VALUE);
    }

    public static TransferQuery inState(TransferState state) {
        return new TransferQuery(state, null, null, null, Integer.MAX_VALUE);
    }
}
