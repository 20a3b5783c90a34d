package org.vre.lake.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;

import org.vre.core.CancelledException;
import org.vre.core.Progress;
import org.vre.lake.storage.ChecksumAlgorithm;
import org.vre.lake.storage.ChecksumCalculator;
import org.vre.lake.storage.ChecksummingInputStream;
import org.vre.lake.storage.ContentChecksums;
import org.vre.lake.storage.Storage;
import org.vre.lake.storage.StorageEntry;
import org.vre.lake.storage.StorageException;
import org.vre.lake.storage.StorageException.Reason;

/**
 * Rucio's safe write: the bytes go to {@code <pfn>.rucio.upload}, their size and checksums are computed in the same
 * pass, the temporary object is checked (size, and the server's own checksum where it has one), and only then is
 * it renamed to the final name. On any failure the temporary object is removed, so a failed write leaves nothing
 * that could be mistaken for a replica, and the same write can simply be tried again.
 */
final class VerifiedPlacement {

    static final String TEMPORARY_SUFFIX = ".rucio.upload";

    private VerifiedPlacement() {
    }

    static URI temporaryName(URI pfn) {
        return URI.create(pfn.toASCIIString() + TEMPORARY_SUFFIX);
    }

    /**
     * Streams {@code source} ({@code size} bytes, -1 unknown) to {@code pfn} and returns what was written.
     * {@code expected} (catalogue values) is compared with what passed through; a mismatch is an INTEGRITY failure.
     */
    static ContentChecksums place(Storage storage, URI pfn, InputStream source, long size, Expected expected,
            boolean md5, Progress progress) {
        URI temporary = temporaryName(pfn);
        boolean placed = false;
        try (ChecksumCalculator calculator = ChecksumCalculator.forSize(size, md5)) {
            storage.mkdirs(parentOf(pfn));
            storage.put(temporary, new ChecksummingInputStream(source, calculator), size, progress);
            ContentChecksums written = calculator.finish();
            check(pfn, expected, written);
            verifyOnStorage(storage, temporary, pfn, written);
            storage.rename(temporary, pfn, true);
            placed = true;
            return written;
        } finally {
            if (!placed) {
                removeQuietly(storage, temporary);
            }
        }
    }

    /** The size and checksums of what passed through must be what the catalogue says. */
    static void check(URI pfn, Expected expected, ContentChecksums actual) {
        if (expected.bytes() != null && expected.bytes() != actual.bytes()) {
            throw new ChecksumMismatchException(pfn, "size mismatch: " + actual.bytes()
                    + " bytes arrived, the catalogue says " + expected.bytes());
        }
        if (expected.adler32() != null && actual.adler32() != null && !expected.adler32().equals(actual.adler32())) {
            throw new ChecksumMismatchException(pfn, "checksum mismatch: adler32 is " + actual.adler32()
                    + ", the catalogue says " + expected.adler32());
        }
        if (expected.md5() != null && actual.md5() != null && !expected.md5().equals(actual.md5())) {
            throw new ChecksumMismatchException(pfn, "checksum mismatch: md5 is " + actual.md5()
                    + ", the catalogue says " + expected.md5());
        }
    }

    /** What the storage holds under the temporary name must be what we sent: size always, adler32 where it can tell. */
    static void verifyOnStorage(Storage storage, URI temporary, URI pfn, ContentChecksums written) {
        Optional<StorageEntry> stored = storage.stat(temporary);
        if (stored.isEmpty()) {
            throw new StorageException(Reason.INTEGRITY, pfn, "the storage accepted the upload but does not show it");
        }
        if (stored.get().size() >= 0 && stored.get().size() != written.bytes()) {
            throw new StorageException(Reason.INTEGRITY, pfn, "the storage holds " + stored.get().size()
                    + " bytes, " + written.bytes() + " were sent");
        }
        String serverAdler = storage.checksum(temporary, ChecksumAlgorithm.ADLER32);
        if (serverAdler != null && !serverAdler.equals(written.adler32())) {
            throw new StorageException(Reason.INTEGRITY, pfn, "the storage computed adler32 " + serverAdler
                    + " for the bytes sent with adler32 " + written.adler32());
        }
    }

    static URI parentOf(URI pfn) {
        return pfn.resolve(".");
    }

    static void removeQuietly(Storage storage, URI uri) {
        try {
            storage.delete(uri);
        } catch (RuntimeException e) {
            // the original failure matters; a leftover temporary name is reported by the consistency check
        }
    }

    /** Reads a stream fully through a checksum (to verify a copy the bytes of which did not pass through us). */
    static ContentChecksums readBack(Storage storage, URI uri, long size, boolean md5, Progress progress) {
        try (ChecksumCalculator calculator = ChecksumCalculator.forSize(size, md5);
                InputStream in = new ChecksummingInputStream(storage.get(uri, 0, -1), calculator)) {
            byte[] buffer = new byte[1 << 20];
            while (in.read(buffer) >= 0) {
                progress.checkCancelled();
            }
            return calculator.finish();
        } catch (IOException e) {
            throw asStorageException(uri, e);
        }
    }

    static StorageException asStorageException(URI uri, IOException e) {
        if (e.getCause() instanceof StorageException s) {
            return s;
        }
        if (e.getCause() instanceof CancelledException c) {
            throw c;
        }
        return new StorageException(Reason.CONNECTION, uri, "reading failed: " + e.getMessage(), e);
    }
}
