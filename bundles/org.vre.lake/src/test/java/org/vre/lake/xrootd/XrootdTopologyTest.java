package org.vre.lake.xrootd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.vre.lake.xrootd.testing.XrootdServer;

/** Several real servers: a redirector, third-party copy between two servers, unix security. */
class XrootdTopologyTest {

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    void redirectsFromARealRedirectorAreFollowedForReadAndWrite() throws IOException {
        try (XrootdServer data = XrootdServer.start();
                XrootdServer redirector = XrootdServer.start("xrootd.redirect 127.0.0.1:" + data.port() + " /");
                XrootdClient client = new XrootdClient(XrootdClientConfig.defaults())) {
            byte[] content = random(3_000_000, 7);
            try (OutputStream out = client.openOutputStream(redirector.url("/via/redirector.bin"))) {
                out.write(content);
            }
            // The bytes landed on the data server, not on the redirector.
            assertArrayEquals(content, Files.readAllBytes(data.data().resolve("via/redirector.bin")));
            assertTrue(Files.notExists(redirector.data().resolve("via/redirector.bin")));
            try (XrootdFile file = client.open(redirector.url("/via/redirector.bin"), OpenMode.READ)) {
                assertEquals(data.port(), file.url().port(), "the handle lives on the data server");
            }
            try (InputStream in = client.openInputStream(redirector.url("/via/redirector.bin"), 0, -1)) {
                assertArrayEquals(content, in.readAllBytes());
            }
        }
    }

    @Test
    void thirdPartyCopyBetweenTwoServers() throws IOException {
        XrootdServer.requireBinary("xrdcp");
        try (XrootdServer source = XrootdServer.start("ofs.tpc pgm /usr/bin/xrdcp --server");
                XrootdServer destination = XrootdServer.start("ofs.tpc pgm /usr/bin/xrdcp --server");
                XrootdServer plain = XrootdServer.start();
                XrootdClient client = new XrootdClient(XrootdClientConfig.defaults())) {
            byte[] content = random(5_000_000, 8);
            XrootdUrl from = source.url("/tpc/source.bin");
            try (OutputStream out = client.openOutputStream(from)) {
                out.write(content);
            }
            XrootdUrl to = destination.url("/copies/target.bin");
            client.thirdPartyCopy(from, to, Duration.ofMinutes(2));
            assertArrayEquals(content, Files.readAllBytes(destination.data().resolve("copies/target.bin")));
            assertEquals(client.checksum(from, "adler32"), client.checksum(to, "adler32"));

            XrootdException unsupported = assertThrows(XrootdException.class,
                    () -> client.thirdPartyCopy(from, plain.url("/copies/target.bin"), Duration.ofMinutes(1)));
            assertEquals(XrootdException.Kind.UNSUPPORTED, unsupported.kind());
            assertTrue(unsupported.getMessage().contains("ofs.tpc"), unsupported.getMessage());

            XrootdException missing = assertThrows(XrootdException.class,
                    () -> client.thirdPartyCopy(source.url("/tpc/none"), to, Duration.ofMinutes(1)));
            assertEquals(XrootdException.Kind.NOT_FOUND, missing.kind());
        }
    }

    @Test
    void unixSecurityIsUsedWhenTheServerAsksForIt() throws IOException {
        try (XrootdServer server = XrootdServer.start("xrootd.seclib libXrdSec.so", "sec.protocol unix",
                "sec.protbind * only unix");
                XrootdClient unix = new XrootdClient(XrootdClientConfig.defaults()
                        .withSecurity(List.of(new UnixSecurity("alice", "physics"))));
                XrootdClient anonymous = new XrootdClient(XrootdClientConfig.defaults().withSecurity(List.of()))) {
            try (OutputStream out = unix.openOutputStream(server.url("/secured.txt"))) {
                out.write("ok".getBytes());
            }
            assertEquals(2, unix.stat(server.url("/secured.txt")).orElseThrow().size());
            XrootdException refused = assertThrows(XrootdException.class,
                    () -> anonymous.stat(server.url("/secured.txt")));
            assertEquals(XrootdException.Kind.PERMISSION_DENIED, refused.kind());
            assertTrue(refused.getMessage().contains("requires authentication by unix"), refused.getMessage());
        }
    }
}
