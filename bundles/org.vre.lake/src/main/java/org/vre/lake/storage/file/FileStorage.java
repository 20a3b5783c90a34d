package org.vre.lake.storage.file;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.vre.core.CancelledException;
import org.vre.core.Progress;
import org.vre.lake.storage.ChecksumAlgorithm;
import org.vre.lake.storage.ChecksumCalculator;
import org.vre.lake.storage.Storage;
import org.vre.lake.storage.StorageEntry;
import org.vre.lake.storage.StorageException;
import org.vre.lake.storage.StorageException.Reason;

/**
 * Storage in the local file system. A put that fails removes what it wrote, so a full disk or a broken
 * source never leaves a partial file behind; checksums are computed by reading the file (the "server" is
 * this machine).
 */
final class FileStorage implements Storage {

    private static final int BUFFER = 1 << 20;

    @Override
    public Optional<StorageEntry> stat(URI uri) {
        Path path = toPath(uri);
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return Optional.of(entry(uri, path, attributes));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw failure(uri, "cannot read its attributes", e);
        }
    }

    @Override
    public List<StorageEntry> list(URI directory) {
        Path path = toPath(directory);
        List<StorageEntry> entries = new ArrayList<>();
        try (Stream<Path> children = Files.list(path)) {
            for (Path child : (Iterable<Path>) children::iterator) {
                try {
                    entries.add(entry(child.toUri(), child, Files.readAttributes(child, BasicFileAttributes.class)));
                } catch (NoSuchFileException e) {
                    // removed while listing: not part of the answer
                }
            }
        } catch (IOException e) {
            throw failure(directory, "cannot list the directory", e);
        }
        return entries;
    }

    @Override
    public void mkdirs(URI directory) {
        try {
            Files.createDirectories(toPath(directory));
        } catch (IOException e) {
            throw failure(directory, "cannot create the directory", e);
        }
    }

    @Override
    public long put(URI target, InputStream data, long size, Progress progress) {
        Path path = toPath(target);
        boolean done = false;
        try {
            Path parent = path.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            long written = 0;
            try (FileChannel out = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                byte[] buffer = new byte[BUFFER];
                ByteBuffer wrapped = ByteBuffer.wrap(buffer);
                int n;
                while ((n = readSource(data, buffer)) >= 0) {
                    progress.checkCancelled();
                    wrapped.clear().limit(n);
                    while (wrapped.hasRemaining()) {
                        out.write(wrapped);
                    }
                    written += n;
                    progress.worked(n);
                }
            }
            if (size >= 0 && written != size) {
                throw new StorageException(Reason.INTEGRITY, target,
                        "the source gave " + written + " bytes, expected " + size);
            }
            done = true;
            return written;
        } catch (IOException e) {
            throw failure(target, "cannot write the file", e);
        } finally {
            if (!done) {
                deleteQuietly(path);
            }
        }
    }

    /** A failing source is not a failing disk: pass its own reason through. */
    private static int readSource(InputStream data, byte[] buffer) throws IOException {
        try {
            return data.read(buffer);
        } catch (IOException e) {
            if (e.getCause() instanceof StorageException fromSource) {
                throw fromSource;
            }
            throw new StorageException(Reason.CONNECTION, null, "reading the source failed: " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream get(URI source, long offset, long length) {
        Path path = toPath(source);
        try {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
            long fileSize = channel.size();
            if (offset > fileSize) {
                channel.close();
                throw new StorageException(Reason.REJECTED, source,
                        "offset " + offset + " is beyond the end of the file (" + fileSize + " bytes)");
            }
            channel.position(offset);
            long expected = length < 0 ? fileSize - offset : length;
            return new ExactLengthInputStream(Channels.newInputStream(channel), expected, source);
        } catch (IOException e) {
            throw failure(source, "cannot read the file", e);
        }
    }

    @Override
    public boolean delete(URI uri) {
        try {
            return Files.deleteIfExists(toPath(uri));
        } catch (DirectoryNotEmptyException e) {
            throw new StorageException(Reason.REJECTED, uri, "the directory is not empty", e);
        } catch (IOException e) {
            throw failure(uri, "cannot delete", e);
        }
    }

    @Override
    public void rename(URI from, URI to, boolean overwrite) {
        Path source = toPath(from);
        Path target = toPath(to);
        try {
            Path parent = target.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!overwrite && Files.exists(target)) {
                throw new StorageException(Reason.ALREADY_EXISTS, to, "the target of the rename already exists");
            }
            try {
                Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileAlreadyExistsException e) {
            throw new StorageException(Reason.ALREADY_EXISTS, to, "the target of the rename already exists", e);
        } catch (IOException e) {
            throw failure(from, "cannot rename to " + to, e);
        }
    }

    @Override
    public String checksum(URI uri, ChecksumAlgorithm algorithm) {
        Path path = toPath(uri);
        try (InputStream in = Files.newInputStream(path);
                ChecksumCalculator calculator = ChecksumCalculator.forSize(Files.size(path),
                        algorithm == ChecksumAlgorithm.MD5)) {
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                calculator.update(buffer, 0, n);
            }
            return calculator.finish().get(algorithm);
        } catch (IOException e) {
            throw failure(uri, "cannot read the file for its checksum", e);
        }
    }

    @Override
    public void close() {
        // nothing held between calls
    }

    static Path toPath(URI uri) {
        if (!"file".equalsIgnoreCase(uri.getScheme())) {
            throw new StorageException(Reason.UNSUPPORTED, uri, "not a file:// URI");
        }
        String host = uri.getHost();
        if (host != null && !host.isEmpty() && !"localhost".equalsIgnoreCase(host)) {
            throw new StorageException(Reason.UNSUPPORTED, uri, "a file:// URI must not name another host");
        }
        try {
            return Path.of(new URI("file", null, uri.getPath(), null));
        } catch (Exception e) {
            throw new StorageException(Reason.REJECTED, uri, "not a usable file path: " + e.getMessage(), e);
        }
    }

    private static StorageEntry entry(URI uri, Path path, BasicFileAttributes attributes) {
        Path name = path.getFileName();
        return new StorageEntry(uri, name == null ? "/" : name.toString(), attributes.isDirectory(),
                attributes.isDirectory() ? -1 : attributes.size(), attributes.lastModifiedTime().toInstant());
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // the original failure matters more; a leftover is found by the consistency check
        }
    }

    /** Maps an I/O failure to a reason users recognise: missing, permission, disk full. */
    static StorageException failure(URI uri, String action, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new StorageException(Reason.NOT_FOUND, uri, action + ": no such file or directory", e);
        }
        if (e instanceof AccessDeniedException) {
            return new StorageException(Reason.PERMISSION_DENIED, uri, action + ": permission denied", e);
        }
        if (e instanceof FileAlreadyExistsException) {
            return new StorageException(Reason.ALREADY_EXISTS, uri, action + ": it already exists", e);
        }
        String message = String.valueOf(e instanceof FileSystemException fs && fs.getReason() != null
                ? fs.getReason() : e.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk quota") || lower.contains("file too large")) {
            return new StorageException(Reason.NO_SPACE, uri, action + ": the storage is full (" + message + ")", e);
        }
        if (lower.contains("read-only file system") || lower.contains("permission denied")) {
            return new StorageException(Reason.PERMISSION_DENIED, uri, action + ": " + message, e);
        }
        if (e.getCause() instanceof CancelledException cancelled) {
            throw cancelled;
        }
        return new StorageException(Reason.SERVER_ERROR, uri, action + ": " + message, e);
    }
}
