package org.vre.data.root;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Positioned reads from the file, checked against its real size. Thread-safe (FileChannel positional reads). */
final class FileSource implements AutoCloseable {

    private final Path path;
    private final FileChannel channel;
    private final long size;

    FileSource(Path path) {
        this.path = path;
        try {
            this.channel = FileChannel.open(path, StandardOpenOption.READ);
            this.size = channel.size();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new RootFormatException(path + ": no such file", e);
        } catch (IOException e) {
            throw new RootFormatException(path + ": cannot open: " + e.getMessage(), e);
        }
    }

    Path path() {
        return path;
    }

    long size() {
        return size;
    }

    /** Reads {@code length} bytes at {@code offset}; {@code what} names the record for the error message. */
    byte[] read(long offset, int length, String what) {
        if (offset < 0 || length < 0 || offset + length > size) {
            throw new RootFormatException(path.getFileName() + ": " + what + " at offset " + offset + " with "
                    + length + " bytes lies outside the file of " + size + " bytes (truncated or corrupted)");
        }
        byte[] out = new byte[length];
        ByteBuffer buffer = ByteBuffer.wrap(out);
        try {
            long at = offset;
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, at);
                if (n < 0) {
                    throw new RootFormatException(path.getFileName() + ": " + what + " at offset " + offset
                            + ": file ended early");
                }
                at += n;
            }
        } catch (IOException e) {
            throw new RootFormatException(path.getFileName() + ": " + what + " at offset " + offset + ": "
                    + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was written; a failing close of a read-only channel loses nothing
        }
    }
}
