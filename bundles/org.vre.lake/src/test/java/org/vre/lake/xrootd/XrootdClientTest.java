package org.vre.lake.xrootd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.lake.xrootd.testing.XrootdServer;

/** The client against a real xrootd: round trips, checksums, namespace operations, big listings, pooling. */
class XrootdClientTest {
    static XrootdServer server;
    static XrootdClient client;

    @TempDir
    Path local;

    @BeforeAll
    static void start() {
        server = XrootdServer.start();
        client = new XrootdClient(XrootdClientConfig.defaults());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static void write(XrootdUrl url, byte[] data) throws IOException {
        try (OutputStream out = client.openOutputStream(url)) {
            out.write(data);
        }
    }

    private static byte[] read(XrootdUrl url, long offset, long length) throws IOException {
        try (InputStream in = client.openInputStream(url, offset, length)) {
            return in.readAllBytes();
        }
    }

    @Test
    void smallFileRoundTripIsByteExactAndChecksumMatchesXrdadler32() throws IOException {
        byte[] data = random(1_234_567, 1);
        XrootdUrl url = server.url("/small/one.bin");
        write(url, data);
        assertArrayEquals(data, read(url, 0, -1));
        assertArrayEquals(java.util.Arrays.copyOfRange(data, 1000, 1100), read(url, 1000, 100));
        assertEquals(data.length, client.stat(url).orElseThrow().size());
        Path copy = local.resolve("one.bin");
        Files.write(copy, data);
        assertEquals(Digests.xrdadler32(copy), client.checksum(url, "adler32"));
        assertEquals(Digests.xrdadler32(server.data().resolve("small/one.bin")), client.checksum(url, "adler32"));
    }

    @Test
    void emptyFileRoundTrip() throws IOException {
        XrootdUrl url = server.url("/empty/zero");
        write(url, new byte[0]);
        StatInfo stat = client.stat(url).orElseThrow();
        assertEquals(0, stat.size());
        assertTrue(stat.isFile());
        assertEquals(0, read(url, 0, -1).length);
        assertEquals("00000001", client.checksum(url, "adler32"));
    }

    @Test
    void multiGibSparseFileRoundTripIsByteExact() throws IOException {
        // 3 GiB + a few bytes, with data islands around the 2 GiB and 4 GiB boundaries of 32-bit arithmetic.
        long size = (3L << 30) + 4321;
        Path source = local.resolve("sparse.bin");
        XrootdServer.run("truncate", "-s", Long.toString(size), source.toString());
        try (RandomAccessFile file = new RandomAccessFile(source.toFile(), "rw")) {
            long[] islands = {0, (1L << 31) - 500, (2L << 30) + 7, size - 3000};
            for (int i = 0; i < islands.length; i++) {
                file.seek(islands[i]);
                file.write(random(2000, 10 + i));
            }
        }
        Digests expected = Digests.of(source);
        XrootdUrl url = server.url("/big/sparse.bin");
        try (InputStream in = Files.newInputStream(source); OutputStream out = client.openOutputStream(url)) {
            in.transferTo(out);
        }
        Files.delete(source);
        assertEquals(size, client.stat(url).orElseThrow().size());
        assertEquals(expected.adler32(), client.checksum(url, "adler32"));
        Digests back;
        try (InputStream in = client.openInputStream(url, 0, -1)) {
            back = Digests.of(in);
        }
        assertEquals(expected, back);
        assertEquals(expected.adler32(), Digests.xrdadler32(server.data().resolve("big/sparse.bin")));
        // A range across the 2 GiB boundary.
        byte[] across = read(url, (1L << 31) - 600, 1000);
        assertEquals(1000, across.length);
        client.rm(url);
    }

    @Test
    void namespaceOperations() throws IOException {
        XrootdUrl dir = server.url("/ns/a/b");
        client.mkdir(dir, true);
        client.mkdir(dir, true);
        assertTrue(client.stat(dir).orElseThrow().isDirectory());
        XrootdException noParent = assertThrows(XrootdException.class,
                () -> client.mkdir(server.url("/ns/missing/child"), false));
        assertEquals(XrootdException.Kind.NOT_FOUND, noParent.kind(), noParent.getMessage());

        XrootdUrl file = server.url("/ns/a/b/f.txt");
        write(file, "content".getBytes());
        client.mv(file, "/ns/a/moved with space.txt");
        assertTrue(client.stat(file).isEmpty());
        assertArrayEquals("content".getBytes(), read(server.url("/ns/a/moved with space.txt"), 0, -1));

        client.rmdir(dir);
        assertTrue(client.stat(dir).isEmpty());
        client.rm(server.url("/ns/a/moved with space.txt"));
        XrootdException missing = assertThrows(XrootdException.class, () -> client.rm(file));
        assertEquals(XrootdException.Kind.NOT_FOUND, missing.kind());
        assertEquals(3011, missing.serverCode());
        assertTrue(missing.getMessage().contains("/ns/a/b/f.txt"), missing.getMessage());
        XrootdException noFile = assertThrows(XrootdException.class, () -> client.openInputStream(file, 0, -1));
        assertEquals(XrootdException.Kind.NOT_FOUND, noFile.kind());
    }

    @Test
    void readingPastTheEndOfARequestedRangeIsAnError() throws IOException {
        XrootdUrl url = server.url("/short.bin");
        write(url, random(100, 3));
        IOException error = assertThrows(IOException.class, () -> read(url, 50, 200));
        assertTrue(error.getMessage().contains("ends at byte 100"), error.getMessage());
    }

    @Test
    void listsTenThousandEntries() throws IOException {
        Path dir = server.data().resolve("many");
        Files.createDirectories(dir);
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String name = "file-" + i + ".dat";
            Files.write(dir.resolve(name), new byte[i % 7]);
            expected.add(name);
        }
        List<DirEntry> entries = client.list(server.url("/many"));
        assertEquals(10_000, entries.size());
        Set<String> names = new HashSet<>();
        for (DirEntry entry : entries) {
            names.add(entry.name());
            int index = Integer.parseInt(entry.name().substring(5, entry.name().length() - 4));
            assertEquals(index % 7, entry.stat().size(), entry.name());
        }
        assertEquals(expected, names);
    }

    @Test
    void listingAMissingDirectoryIsNotFound() {
        XrootdException e = assertThrows(XrootdException.class, () -> client.list(server.url("/no/such/dir")));
        assertEquals(XrootdException.Kind.NOT_FOUND, e.kind());
    }

    @Test
    void manySmallOperationsReuseOneConnection() throws IOException {
        write(server.url("/reuse/f"), new byte[] {1, 2, 3});
        try (XrootdClient fresh = new XrootdClient(XrootdClientConfig.defaults())) {
            for (int i = 0; i < 300; i++) {
                assertEquals(3, fresh.stat(server.url("/reuse/f")).orElseThrow().size());
                try (InputStream in = fresh.openInputStream(server.url("/reuse/f"), 0, -1)) {
                    assertEquals(3, in.readAllBytes().length);
                }
            }
            assertEquals(1, fresh.pooledConnections(server.url("/")));
        }
    }

    @Test
    void hostileUrlsAreRefusedBeforeAnythingIsSent() {
        XrootdException e = assertThrows(XrootdException.class,
                () -> client.stat(XrootdUrl.parse("root://127.0.0.1:" + server.port() + "//a%0Ab")));
        assertEquals(XrootdException.Kind.INVALID_REQUEST, e.kind());
        assertThrows(XrootdException.class, () -> XrootdUrl.parse("https://host/file"));
        assertThrows(XrootdException.class, () -> XrootdUrl.parse("root:///nohost"));
        assertFalse(client.stat(server.url("/definitely/not/here")).isPresent());
    }

    @Test
    void refusedConnectionIsAClearError() {
        int port = XrootdServer.freePort();
        XrootdException e = assertThrows(XrootdException.class,
                () -> client.stat(XrootdUrl.parse("root://127.0.0.1:" + port + "//x")));
        assertEquals(XrootdException.Kind.CONNECTION, e.kind());
        assertTrue(e.getMessage().contains("cannot connect to XRootD server 127.0.0.1:" + port), e.getMessage());
    }
}
