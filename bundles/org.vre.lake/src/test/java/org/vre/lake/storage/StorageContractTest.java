package org.vre.lake.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vre.core.Progress;

/**
 * What every {@link Storage} must do, run against each implementation on a real endpoint. Subclasses give
 * the storage and a fresh, empty base directory URI ending in '/'.
 */
public abstract class StorageContractTest {

    private URI base;

    protected abstract Storage storage();

    /** A fresh, empty directory for one test, ending in '/'. */
    protected abstract URI newBase();

    @BeforeEach
    void freshBase() {
        base = newBase();
    }

    /** This test's directory. */
    protected URI base() {
        return base;
    }

    protected static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    protected static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    @Test
    public void putThenStatGetAndRanges() throws IOException {
        byte[] data = randomBytes(300_001, 1);
        URI file = base().resolve("a/b/file.bin");
        AtomicLong progressed = new AtomicLong();
        long written = storage().put(file, new ByteArrayInputStream(data), data.length, counting(progressed));
        assertEquals(data.length, written);
        assertEquals(data.length, progressed.get());

        StorageEntry entry = storage().stat(file).orElseThrow();
        assertEquals(data.length, entry.size());
        assertFalse(entry.directory());
        assertEquals("file.bin", entry.name());

        assertArrayEquals(data, readAll(storage().get(file, 0, -1)));
        byte[] middle = readAll(storage().get(file, 1000, 5000));
        assertArrayEquals(java.util.Arrays.copyOfRange(data, 1000, 6000), middle);
        byte[] tail = readAll(storage().get(file, 299_990, -1));
        assertArrayEquals(java.util.Arrays.copyOfRange(data, 299_990, data.length), tail);
    }

    @Test
    public void putOfUnknownSizeStreams() throws IOException {
        byte[] data = randomBytes(2_500_000, 2);
        URI file = base().resolve("streamed.bin");
        assertEquals(data.length, storage().put(file, new ByteArrayInputStream(data), -1, Progress.NONE));
        assertArrayEquals(data, readAll(storage().get(file, 0, -1)));
    }

    @Test
    public void emptyFileAndAwkwardNames() throws IOException {
        URI empty = base().resolve("empty.dat");
        storage().put(empty, InputStream.nullInputStream(), 0, Progress.NONE);
        assertEquals(0, storage().stat(empty).orElseThrow().size());
        assertEquals(0, readAll(storage().get(empty, 0, -1)).length);

        URI awkward = base().resolve("with%20space%20%C3%A9t%C3%A9+plus.root");
        byte[] data = randomBytes(10, 3);
        storage().put(awkward, new ByteArrayInputStream(data), data.length, Progress.NONE);
        StorageEntry entry = storage().stat(awkward).orElseThrow();
        assertEquals("with space été+plus.root", entry.name());
        assertTrue(storage().list(base()).stream().anyMatch(e -> e.name().equals("with space été+plus.root")));
    }

    @Test
    public void listShowsChildrenOnly() {
        URI dir = base().resolve("list/");
        storage().mkdirs(dir.resolve("sub/deeper/"));
        storage().put(dir.resolve("one"), new ByteArrayInputStream(new byte[] {1}), 1, Progress.NONE);
        storage().put(dir.resolve("two"), new ByteArrayInputStream(new byte[] {1, 2}), 2, Progress.NONE);
        List<StorageEntry> entries = storage().list(dir);
        Set<String> names = entries.stream().map(StorageEntry::name).collect(Collectors.toSet());
        assertEquals(Set.of("one", "two", "sub"), names);
        assertTrue(entries.stream().filter(e -> e.name().equals("sub")).findFirst().orElseThrow().directory());
        assertEquals(2, entries.stream().filter(e -> e.name().equals("two")).findFirst().orElseThrow().size());
    }

    @Test
    public void mkdirsIsIdempotent() {
        URI dir = base().resolve("x/y/z/");
        storage().mkdirs(dir);
        storage().mkdirs(dir);
        assertTrue(storage().stat(dir).orElseThrow().directory());
    }

    @Test
    public void renameMovesAndRefusesToOverwriteUnlessAsked() throws IOException {
        URI from = base().resolve("tmp/f.rucio.upload");
        URI to = base().resolve("final/f");
        storage().put(from, new ByteArrayInputStream(new byte[] {7, 8}), 2, Progress.NONE);
        storage().rename(from, to, false);
        assertTrue(storage().stat(from).isEmpty());
        assertArrayEquals(new byte[] {7, 8}, readAll(storage().get(to, 0, -1)));

        storage().put(from, new ByteArrayInputStream(new byte[] {9}), 1, Progress.NONE);
        StorageException refused = assertThrows(StorageException.class, () -> storage().rename(from, to, false));
        assertEquals(StorageException.Reason.ALREADY_EXISTS, refused.reason());
        assertArrayEquals(new byte[] {7, 8}, readAll(storage().get(to, 0, -1)));
        storage().rename(from, to, true);
        assertArrayEquals(new byte[] {9}, readAll(storage().get(to, 0, -1)));
    }

    @Test
    public void deleteAndMissingThings() {
        URI file = base().resolve("gone");
        storage().put(file, new ByteArrayInputStream(new byte[] {1}), 1, Progress.NONE);
        assertTrue(storage().delete(file));
        assertFalse(storage().delete(file));
        assertTrue(storage().stat(file).isEmpty());
        StorageException missing = assertThrows(StorageException.class, () -> readAll(storage().get(file, 0, -1)));
        assertEquals(StorageException.Reason.NOT_FOUND, missing.reason());
        StorageException noDir = assertThrows(StorageException.class, () -> storage().list(base().resolve("nodir/")));
        assertEquals(StorageException.Reason.NOT_FOUND, noDir.reason());
    }

    @Test
    public void putWithWrongDeclaredSizeIsAnError() {
        URI file = base().resolve("short");
        byte[] data = randomBytes(1000, 4);
        assertThrows(RuntimeException.class,
                () -> storage().put(file, new ByteArrayInputStream(data), 2000, Progress.NONE));
        assertTrue(storage().stat(file).isEmpty() || storage().stat(file).get().size() != 2000,
                "a short upload must not look complete");
    }

    @Test
    public void cancelStopsAPut() {
        URI file = base().resolve("cancelled");
        byte[] data = randomBytes(4 << 20, 5);
        Progress cancelAfterFirstBlock = new Progress() {
            long done;

            @Override public void begin(String task, long totalWork) { }

            @Override public void worked(long work) {
                done += work;
            }

            @Override public boolean isCancelled() {
                return done > 0;
            }
        };
        assertThrows(org.vre.core.CancelledException.class,
                () -> storage().put(file, new ByteArrayInputStream(data), data.length, cancelAfterFirstBlock));
    }

    static Progress counting(AtomicLong counter) {
        return new Progress() {
            @Override public void begin(String task, long totalWork) { }

            @Override public void worked(long work) {
                counter.addAndGet(work);
            }

            @Override public boolean isCancelled() {
                return false;
            }
        };
    }
}
