package org.vre.lake.xrootd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.lake.xrootd.testing.XrootdServer;

/** A real server killed in the middle of a read: a clear error, then the read resumes by offset after a restart. */
class XrootdResilienceTest {

    @TempDir
    Path local;

    @Test
    void serverKilledMidReadGivesAClearErrorAndTheReadResumesByOffset() throws IOException {
        try (XrootdServer server = XrootdServer.start();
                XrootdClient client = new XrootdClient(XrootdClientConfig.defaults())) {
            long size = 600L << 20;
            Path served = server.data().resolve("big.bin");
            XrootdServer.run("truncate", "-s", Long.toString(size), served.toString());
            try (RandomAccessFile file = new RandomAccessFile(served.toFile(), "rw")) {
                byte[] island = new byte[1 << 20];
                Random random = new Random(42);
                for (long at = 0; at < size; at += 37L << 20) {
                    random.nextBytes(island);
                    file.seek(at);
                    file.write(island);
                }
            }
            server.giveToServerUser();
            Digests expected = Digests.of(served);
            XrootdUrl url = server.url("/big.bin");

            Path part = local.resolve("big.bin.part");
            IOException failure;
            try (OutputStream out = Files.newOutputStream(part);
                    XrootdInputStream in = client.openInputStream(url, 0, -1)) {
                byte[] buffer = new byte[1 << 20];
                long copied = 0;
                boolean killed = false;
                failure = null;
                try {
                    int n;
                    while ((n = in.read(buffer)) >= 0) {
                        out.write(buffer, 0, n);
                        copied += n;
                        if (!killed && copied >= 64L << 20) {
                            server.kill();
                            killed = true;
                        }
                    }
                } catch (IOException e) {
                    failure = e;
                }
                assertTrue(killed);
                assertEquals(copied, in.position());
            }
            assertTrue(failure != null, "reading on from a killed server must fail, not end quietly");
            long resumeAt = Files.size(part);
            assertTrue(resumeAt >= 64L << 20 && resumeAt < size, "resume offset " + resumeAt);
            assertTrue(failure.getMessage().contains("resume from offset " + resumeAt), failure.getMessage());
            XrootdException cause = (XrootdException) failure.getCause();
            assertEquals(XrootdException.Kind.CONNECTION, cause.kind(), cause.getMessage());

            server.restart();
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.APPEND);
                    InputStream in = client.openInputStream(url, resumeAt, -1)) {
                in.transferTo(out);
            }
            assertEquals(expected, Digests.of(part));
        }
    }
}
