package org.vre.lake;

/**
 * The life of a transfer request: QUEUED until a transfer engine claims it (SUBMITTED), then DONE or FAILED.
 * A failed request with attempts left goes back to QUEUED.
 */
public enum TransferState {
    QUEUED, SUBMITTED, DONE, FAILED
}
