package org.vre.lake.storage.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.core.Progress;
import org.vre.lake.storage.ChecksumAlgorithm;
import org.vre.lake.storage.Storage;
import org.vre.lake.storage.StorageContext;
import org.vre.lake.storage.StorageContractTest;
import org.vre.lake.storage.StorageException;
import org.vre.testing.NginxWebDav;

/** The storage contract, and HTTP specifics, against a real nginx WebDAV server over plain http. */
class NginxHttpStorageTest extends StorageContractTest {

    @TempDir
    static Path folder;
    static NginxWebDav nginx;
    static Storage storage;
    private static final AtomicInteger TEST = new AtomicInteger();

    @BeforeAll
    static void startServer() {
        nginx = NginxWebDav.start(folder.resolve("nginx"));
        storage = new HttpStorageProtocol().open(StorageContext.defaults());
    }

    @AfterAll
    static void stopServer() {
        storage.close();
        nginx.close();
    }

    @Override
    protected Storage storage() {
        return storage;
    }

    @Override
    protected URI newBase() {
        return nginx.uri("t" + TEST.incrementAndGet() + "/");
    }

    @Test
    void davSchemeIsSentAsHttp() throws IOException {
        URI http = base().resolve("d.bin");
        storage.put(http, new ByteArrayInputStream(new byte[] {1, 2, 3}), 3, Progress.NONE);
        URI dav = URI.create("dav" + http.toString().substring(4));
        assertEquals(3, storage.stat(dav).orElseThrow().size());
        try (InputStream in = storage.get(dav, 1, 1)) {
            assertEquals(2, in.read());
        }
    }

    @Test
    void nginxHasNoChecksumsSoTheAnswerIsNull() {
        URI file = base().resolve("c");
        storage.put(file, new ByteArrayInputStream(new byte[] {1}), 1, Progress.NONE);
        assertNull(storage.checksum(file, ChecksumAlgorithm.ADLER32));
    }

    @Test
    void aRefusedWriteSaysPermissionDenied() throws IOException {
        StorageException e = assertThrows(StorageException.class, () -> storage.put(nginx.readOnlyUri("x.bin"),
                new ByteArrayInputStream(new byte[100]), 100, Progress.NONE));
        assertEquals(StorageException.Reason.PERMISSION_DENIED, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("403"), e.getMessage());
        assertTrue(Files.notExists(nginx.data().resolve("readonly/x.bin")));
    }

    @Test
    void aStoppedServerIsAConnectionErrorThatNamesTheHost() {
        try (NginxWebDav other = NginxWebDav.start(folder.resolve("other"))) {
            URI uri = other.uri("x");
            other.stop();
            StorageException e = assertThrows(StorageException.class, () -> storage.stat(uri));
            assertEquals(StorageException.Reason.CONNECTION, e.reason());
            assertTrue(e.getMessage().contains("cannot connect to 127.0.0.1:" + other.port()), e.getMessage());
        }
    }

    @Test
    void aRangeBeyondTheEndIsRejected() {
        URI file = base().resolve("small");
        storage.put(file, new ByteArrayInputStream(new byte[10]), 10, Progress.NONE);
        StorageException e = assertThrows(StorageException.class, () -> storage.get(file, 100, -1));
        assertEquals(StorageException.Reason.REJECTED, e.reason());
    }

    @Test
    void digestHeadersAreParsedInEitherEncoding() {
        assertEquals("0a1b2c3d", HttpStorage.parseDigest("adler32=A1B2C3D", ChecksumAlgorithm.ADLER32));
        assertEquals("9c677286866aad38f8e9b660f5411814",
                HttpStorage.parseDigest("adler32=11e60398, md5=nGdyhoZqrTj46bZg9UEYFA==", ChecksumAlgorithm.MD5));
        assertNull(HttpStorage.parseDigest("sha-256=abc", ChecksumAlgorithm.ADLER32));
    }
}
