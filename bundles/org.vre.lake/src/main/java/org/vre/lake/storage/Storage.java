package org.vre.lake.storage;

import java.io.Closeable;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.vre.core.Progress;

/**
 * One storage protocol's view of storage endpoints: every method takes the full URI of a file or
 * directory (a PFN such as {@code davs://host:8443/lake/scope/9d/f2/name}), so one instance serves every
 * endpoint of its scheme(s). Implementations are thread safe; close releases connections.
 *
 * <p>Every failure is a {@link StorageException} whose {@link StorageException.Reason} tells callers
 * whether retrying can help and whose message names the URI and the cause in words a user understands.
 */
public interface Storage extends Closeable {

    /** Size, type and time of {@code uri}, or empty when nothing is there. */
    Optional<StorageEntry> stat(URI uri);

    /** The direct children of a directory (not recursive); fails with NOT_FOUND when it does not exist. */
    List<StorageEntry> list(URI directory);

    /** Creates the directory and its missing parents; succeeds when it already exists. */
    void mkdirs(URI directory);

    /**
     * Writes {@code data} to {@code target}, replacing what is there. Call {@link #mkdirs} for the parent first
     * (some servers create it, WebDAV in general answers 409). The stream is read once, to its end; wrap it in a
     * {@link ChecksummingInputStream} to get the checksums of exactly the bytes that were sent. After a failure a
     * partial object may remain at {@code target}: write to a temporary name and rename, as uploads do.
     *
     * @param size the number of bytes {@code data} holds, or -1 when unknown (streamed, e.g. chunked)
     * @param progress gets {@code worked(n)} per n bytes written; cancelling aborts the write
     * @return the number of bytes written
     */
    long put(URI target, InputStream data, long size, Progress progress);

    /**
     * Opens {@code source} for reading from {@code offset}, for {@code length} bytes or to its end when
     * {@code length} is negative. The stream throws an {@link java.io.IOException} (its cause a
     * {@link StorageException} where known) when the body ends early: a short read is never silent.
     */
    InputStream get(URI source, long offset, long length);

    /** Removes a file; returns false when it did not exist. */
    boolean delete(URI uri);

    /**
     * Renames a file within one endpoint. Fails with ALREADY_EXISTS when {@code to} exists and
     * {@code overwrite} is false; missing parents of {@code to} are created.
     */
    void rename(URI from, URI to, boolean overwrite);

    /**
     * The checksum the storage itself computes or stores for {@code uri}, in the lake's format (adler32:
     * 8 lower-case hex digits; md5: 32), or null when this server cannot tell (no error).
     */
    String checksum(URI uri, ChecksumAlgorithm algorithm);

    /** True when this storage can copy {@code source} to {@code destination} without the bytes passing through us. */
    default boolean canThirdPartyCopy(URI source, URI destination) {
        return false;
    }

    /**
     * Copies server to server; progress gets the bytes the servers report (performance markers).
     * Only call it when {@link #canThirdPartyCopy} said yes.
     */
    default void thirdPartyCopy(URI source, URI destination, ThirdPartyCopyOptions options, Progress progress) {
        throw new StorageException(StorageException.Reason.UNSUPPORTED, destination,
                "third-party copy from " + source + " is not supported by this protocol");
    }

    /** Releases connections; no checked exception so try-with-resources stays short. */
    @Override
    void close();
}
