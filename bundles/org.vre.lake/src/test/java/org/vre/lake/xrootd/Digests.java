package org.vre.lake.xrootd;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Adler32;

/** adler32 + md5 of a stream, computed in one pass with a fixed buffer: multi-GiB files never sit in memory. */
record Digests(long bytes, String adler32, String md5) {

    static Digests of(InputStream in) throws IOException {
        Adler32 adler = new Adler32();
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[1 << 20];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            adler.update(buffer, 0, n);
            md5.update(buffer, 0, n);
            total += n;
        }
        return new Digests(total, String.format("%08x", adler.getValue()), HexFormat.of().formatHex(md5.digest()));
    }

    static Digests of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in);
        }
    }

    /** What {@code xrdadler32} prints for a local file: the reference for server-side checksums. */
    static String xrdadler32(Path file) {
        org.vre.lake.xrootd.testing.XrootdServer.requireBinary("xrdadler32");
        String output = org.vre.lake.xrootd.testing.XrootdServer.run("xrdadler32", file.toString()).trim();
        return output.split("\\s+")[0];
    }
}
