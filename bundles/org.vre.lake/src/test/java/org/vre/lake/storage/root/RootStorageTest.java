package org.vre.lake.storage.root;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vre.core.Progress;
import org.vre.lake.storage.ChecksumAlgorithm;
import org.vre.lake.storage.Storage;
import org.vre.lake.storage.StorageContext;
import org.vre.lake.storage.StorageContractTest;
import org.vre.lake.storage.StorageException;
import org.vre.lake.storage.StorageRegistry;
import org.vre.lake.storage.ThirdPartyCopyOptions;
import org.vre.lake.xrootd.testing.XrootdServer;

/** The storage contract, and root:// specifics, against real xrootd servers. */
class RootStorageTest extends StorageContractTest {
    private static final String TPC = "ofs.tpc pgm /usr/bin/xrdcp --server";
    static XrootdServer server;
    static XrootdServer other;
    static StorageRegistry registry;
    private static final AtomicInteger TEST = new AtomicInteger();

    @BeforeAll
    static void start() {
        server = XrootdServer.start(TPC);
        other = XrootdServer.start(TPC);
        registry = new StorageRegistry(StorageContext.defaults(), List.of(new RootStorageProtocol()));
    }

    @AfterAll
    static void stop() {
        registry.close();
        server.close();
        other.close();
    }

    @Override
    protected Storage storage() {
        return registry.storageFor(server.uri("/"));
    }

    @Override
    protected URI newBase() {
        return server.uri("/t" + TEST.incrementAndGet() + "/");
    }

    @Test
    void serverChecksumsAreAdler32AndMd5IsNotKnown() throws IOException {
        URI file = base().resolve("sum.bin");
        byte[] data = randomBytes(100_000, 11);
        storage().put(file, new ByteArrayInputStream(data), data.length, Progress.NONE);
        java.util.zip.Adler32 adler = new java.util.zip.Adler32();
        adler.update(data);
        assertEquals(String.format("%08x", adler.getValue()), storage().checksum(file, ChecksumAlgorithm.ADLER32));
        assertNull(storage().checksum(file, ChecksumAlgorithm.MD5), "this server is configured for adler32 only");
        StorageException missing = assertThrows(StorageException.class,
                () -> storage().checksum(base().resolve("nothing"), ChecksumAlgorithm.ADLER32));
        assertEquals(StorageException.Reason.NOT_FOUND, missing.reason());
    }

    @Test
    void thirdPartyCopyThroughTheStorageInterface() throws IOException {
        URI source = base().resolve("tpc-source.bin");
        byte[] data = randomBytes(2_000_000, 12);
        storage().put(source, new ByteArrayInputStream(data), data.length, Progress.NONE);
        URI target = other.uri("/replicas/tpc-target.bin");
        assertTrue(storage().canThirdPartyCopy(source, target));
        assertFalse(storage().canThirdPartyCopy(source, URI.create("https://example.org/x")));
        AtomicLong reported = new AtomicLong();
        storage().thirdPartyCopy(source, target, ThirdPartyCopyOptions.pull(), new Progress() {
            @Override public void begin(String task, long totalWork) { }

            @Override public void worked(long work) {
                reported.addAndGet(work);
            }

            @Override public boolean isCancelled() {
                return false;
            }
        });
        assertEquals(data.length, reported.get());
        assertArrayEquals(data, Files.readAllBytes(other.data().resolve("replicas/tpc-target.bin")));
    }

    @Test
    void aStoppedServerIsAConnectionFailure() {
        int port = XrootdServer.freePort();
        StorageException e = assertThrows(StorageException.class,
                () -> storage().stat(URI.create("root://127.0.0.1:" + port + "//x")));
        assertEquals(StorageException.Reason.CONNECTION, e.reason());
        assertTrue(e.isRetryable());
    }

    @Test
    void xrootSchemeIsServedToo() {
        assertTrue(registry.supports("xroot"));
        assertTrue(registry.supports("root"));
    }
}
