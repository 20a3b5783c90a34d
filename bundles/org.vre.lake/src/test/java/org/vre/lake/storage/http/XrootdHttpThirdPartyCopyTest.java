package org.vre.lake.storage.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Adler32;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.core.Progress;
import org.vre.lake.storage.ChecksumAlgorithm;
import org.vre.lake.storage.Storage;
import org.vre.lake.storage.StorageContext;
import org.vre.lake.storage.StorageException;
import org.vre.lake.storage.ThirdPartyCopyOptions;
import org.vre.lake.storage.TlsTrust;
import org.vre.testing.NginxWebDav;
import org.vre.testing.TestPki;
import org.vre.testing.XrootdHttp;

/**
 * HTTP third-party copy against XRootD's HTTP module (XrdHttp + libXrdHttpTPC): COPY with Source (pull), the
 * server's performance markers as progress, the server's adler32 through Want-Digest; and nginx, which has no TPC
 * handler, answering so that callers fall back to streaming.
 */
class XrootdHttpThirdPartyCopyTest {

    @TempDir
    static Path folder;
    static TestPki pki;
    static XrootdHttp xrootd;
    static NginxWebDav nginx;
    static Storage storage;

    @BeforeAll
    static void start() {
        pki = TestPki.create(folder.resolve("pki"));
        xrootd = XrootdHttp.start(folder.resolve("xrootd"), pki);
        nginx = NginxWebDav.start(folder.resolve("nginx"));
        storage = new HttpStorageProtocol().open(StorageContext.defaults().withTrust(TlsTrust.fromDirectory(pki.caDirectory())));
    }

    @AfterAll
    static void stop() {
        storage.close();
        nginx.close();
        xrootd.close();
    }

    private static byte[] data(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static String adler32(byte[] data) {
        Adler32 adler = new Adler32();
        adler.update(data);
        return String.format("%08x", adler.getValue());
    }

    @Test
    void xrootdPullsFromItselfAndReportsMarkers() throws IOException {
        byte[] bytes = data(3_000_000);
        URI source = xrootd.uri("tpc/source.bin");
        storage.put(source, new ByteArrayInputStream(bytes), bytes.length, Progress.NONE);
        assertEquals(adler32(bytes), storage.checksum(source, ChecksumAlgorithm.ADLER32), "XrdHttp's Want-Digest");
        assertNull(storage.checksum(source, ChecksumAlgorithm.MD5), "only adler32 is configured on the server");

        URI destination = xrootd.uri("tpc/copy.bin");
        AtomicLong reported = new AtomicLong();
        storage.thirdPartyCopy(source, destination, ThirdPartyCopyOptions.pull(), counting(reported));
        assertArrayEquals(bytes, Files.readAllBytes(xrootd.data().resolve("tpc/copy.bin")));
        assertEquals(adler32(bytes), storage.checksum(destination, ChecksumAlgorithm.ADLER32));
        assertTrue(reported.get() <= bytes.length, "markers never report more than the file: " + reported.get());
    }

    @Test
    void xrootdPullsFromNginxOverPlainHttp() throws IOException {
        byte[] bytes = data(1_000_000);
        URI source = nginx.uri("tpc/from-nginx.bin");
        storage.put(source, new ByteArrayInputStream(bytes), bytes.length, Progress.NONE);
        storage.thirdPartyCopy(source, xrootd.uri("tpc/from-nginx.bin"), ThirdPartyCopyOptions.pull(), Progress.NONE);
        assertArrayEquals(bytes, Files.readAllBytes(xrootd.data().resolve("tpc/from-nginx.bin")));
    }

    @Test
    void aFailedPullIsAClearError() {
        StorageException e = org.junit.jupiter.api.Assertions.assertThrows(StorageException.class,
                () -> storage.thirdPartyCopy(nginx.uri("tpc/no-such-file"), xrootd.uri("tpc/never.bin"),
                        ThirdPartyCopyOptions.pull(), Progress.NONE));
        assertTrue(e.getMessage().contains("third-party copy"), e.getMessage());
        assertTrue(Files.notExists(xrootd.data().resolve("tpc/never.bin")), "no file after a failed copy");
    }

    @Test
    void nginxHasNoTpcHandlerSoTheAnswerMeansFallBack() {
        URI source = nginx.uri("tpc/n.bin");
        storage.put(source, new ByteArrayInputStream(new byte[] {1}), 1, Progress.NONE);
        StorageException e = org.junit.jupiter.api.Assertions.assertThrows(StorageException.class,
                () -> storage.thirdPartyCopy(source, nginx.uri("tpc/n2.bin"), ThirdPartyCopyOptions.pull(), Progress.NONE));
        assertTrue(e.reason() == StorageException.Reason.REJECTED || e.reason() == StorageException.Reason.UNSUPPORTED,
                e.reason() + ": " + e.getMessage());
    }

    private static Progress counting(AtomicLong counter) {
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
