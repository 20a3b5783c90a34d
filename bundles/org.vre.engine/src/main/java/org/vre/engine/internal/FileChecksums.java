package org.vre.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Adler32;

import org.vre.core.VreException;

/** adler32 (as Rucio writes it: 8 lower-case hex digits) and sha256 of a file, in one pass. */
public final class FileChecksums {

    public record Sums(long bytes, String adler32, String sha256) {
    }

    private FileChecksums() {
    }

    public static Sums of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Adler32 adler = new Adler32();
            byte[] buffer = new byte[1 << 16];
            long bytes = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
                adler.update(buffer, 0, n);
                bytes += n;
            }
            return new Sums(bytes, String.format("%08x", adler.getValue()), HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new VreException("cannot read " + file + " to checksum it: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
