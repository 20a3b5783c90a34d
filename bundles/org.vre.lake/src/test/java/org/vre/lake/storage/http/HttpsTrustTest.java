package org.vre.lake.storage.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.core.Progress;
import org.vre.lake.storage.Storage;
import org.vre.lake.storage.StorageContext;
import org.vre.lake.storage.StorageContractTest;
import org.vre.lake.storage.StorageException;
import org.vre.lake.storage.TlsTrust;
import org.vre.testing.NginxWebDav;
import org.vre.testing.TestPki;

/**
 * https WebDAV (davs://) against nginx with a certificate from a test CA made by openssl: the storage contract
 * passes when the CA directory is trusted, and an untrusted or misnamed certificate is refused with a message
 * that says so.
 */
class HttpsTrustTest extends StorageContractTest {

    @TempDir
    static Path folder;
    static TestPki pki;
    static NginxWebDav nginx;
    static Storage trusting;
    private static final AtomicInteger TEST = new AtomicInteger();

    @BeforeAll
    static void start() {
        pki = TestPki.create(folder.resolve("pki"));
        nginx = NginxWebDav.start(folder.resolve("nginx"), pki, "host");
        trusting = new HttpStorageProtocol().open(
                StorageContext.defaults().withTrust(TlsTrust.fromDirectory(pki.caDirectory())));
    }

    @AfterAll
    static void stop() {
        trusting.close();
        nginx.close();
    }

    @Override
    protected Storage storage() {
        return trusting;
    }

    @Override
    protected URI newBase() {
        return nginx.uri("t" + TEST.incrementAndGet() + "/");
    }

    @Test
    void davsUrisWorkOverVerifiedTls() throws IOException {
        URI https = base().resolve("f");
        URI davs = URI.create("davs" + https.toString().substring(5));
        trusting.put(davs, new ByteArrayInputStream(new byte[] {4, 2}), 2, Progress.NONE);
        try (InputStream in = trusting.get(davs, 0, -1)) {
            assertArrayEquals(new byte[] {4, 2}, in.readAllBytes());
        }
    }

    @Test
    void theJavaDefaultCasDoNotTrustTheTestCa() {
        try (Storage system = new HttpStorageProtocol().open(StorageContext.defaults().withTrust(TlsTrust.system()))) {
            StorageException e = assertThrows(StorageException.class, () -> system.stat(nginx.uri("x")));
            assertEquals(StorageException.Reason.UNTRUSTED_CERTIFICATE, e.reason());
            assertTrue(e.getMessage().contains("certificate is not trusted"), e.getMessage());
            assertTrue(e.getMessage().contains("Java runtime's default CAs"), e.getMessage());
        }
    }

    @Test
    void aCertificateFromAnotherCaIsRefusedAsUntrusted() {
        try (NginxWebDav rogue = NginxWebDav.start(folder.resolve("rogue"), pki, "rogue-host")) {
            StorageException e = assertThrows(StorageException.class, () -> trusting.stat(rogue.uri("x")));
            assertEquals(StorageException.Reason.UNTRUSTED_CERTIFICATE, e.reason());
            assertTrue(e.getMessage().contains("not trusted: it is not signed by a CA in the CA directory "
                    + pki.caDirectory()), e.getMessage());
        }
    }

    @Test
    void aCertificateForAnotherHostIsRefusedByName() {
        try (NginxWebDav misnamed = NginxWebDav.start(folder.resolve("misnamed"), pki, "wrong-name-host")) {
            StorageException e = assertThrows(StorageException.class, () -> trusting.stat(misnamed.uri("x")));
            assertEquals(StorageException.Reason.UNTRUSTED_CERTIFICATE, e.reason());
            assertTrue(e.getMessage().contains("does not match the host name 127.0.0.1"), e.getMessage());
        }
    }

    @Test
    void aMissingOrEmptyCaDirectoryIsExplained() {
        try (Storage missing = new HttpStorageProtocol().open(StorageContext.defaults()
                .withTrust(TlsTrust.fromDirectory(folder.resolve("no-such-dir"))))) {
            StorageException e = assertThrows(StorageException.class, () -> missing.stat(nginx.uri("x")));
            assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        }
        try (Storage empty = new HttpStorageProtocol().open(StorageContext.defaults()
                .withTrust(TlsTrust.fromDirectory(folder.resolve("pki"))))) { // has ca.pem but no <hash>.0
            StorageException e = assertThrows(StorageException.class, () -> empty.stat(nginx.uri("x")));
            assertTrue(e.getMessage().contains("holds no CA certificates"), e.getMessage());
        }
    }
}
