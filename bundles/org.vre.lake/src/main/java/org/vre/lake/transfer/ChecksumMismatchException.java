package org.vre.lake.transfer;

import java.net.URI;

import org.vre.lake.storage.StorageException;

/** The bytes arrived whole but are not the ones the catalogue describes: the replica itself is suspect. */
final class ChecksumMismatchException extends StorageException {
    private static final long serialVersionUID = 1L;

    ChecksumMismatchException(URI uri, String message) {
        super(Reason.INTEGRITY, uri, message);
    }
}
