package org.vre.lake.xrootd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vre.lake.xrootd.testing.FakeXrootdServer;
import org.vre.lake.xrootd.testing.FakeXrootdServer.Request;
import org.vre.lake.xrootd.wire.RequestCode;

/**
 * What a real xrootd will not do on demand (kXR_wait, kXR_waitresp, split answers, malformed and truncated
 * frames), played by a tiny scripted server. Every case ends in an answer or a clear error within bounds.
 */
class XrootdMisbehavingServerTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static final String STAT = "42 1234 16 1700000000";

    private static XrootdClient client(Duration requestTimeout) {
        return new XrootdClient(XrootdClientConfig.defaults().withTimeouts(Duration.ofSeconds(5), requestTimeout)
                .withMaxWait(Duration.ofSeconds(5)).withMaxResponseBytes(1 << 20).withSecurity(List.of()));
    }

    private static XrootdUrl url(FakeXrootdServer server) {
        return XrootdUrl.parse("root://127.0.0.1:" + server.port() + "//file");
    }

    private static void waitAnswer(DataOutputStream out, Request request, int seconds) throws IOException {
        byte[] message = "busy, come back later".getBytes(StandardCharsets.UTF_8);
        FakeXrootdServer.header(out, request.streamId(), 4005, 4 + message.length);
        out.writeInt(seconds);
        out.write(message);
    }

    @Test
    void kxrWaitIsHonouredAndTheRequestSentAgain() {
        try (FakeXrootdServer server = new FakeXrootdServer((request, out) -> {
            if (request.sequence() == 0) {
                waitAnswer(out, request, 1);
            } else {
                FakeXrootdServer.ok(out, request, STAT + "\0");
            }
        }); XrootdClient client = client(Duration.ofSeconds(5))) {
            long started = System.nanoTime();
            StatInfo stat = assertTimeoutPreemptively(LIMIT, () -> client.stat(url(server)).orElseThrow());
            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(1234, stat.size());
            assertEquals(2, server.requests(), "the request is sent again after the wait");
            assertTrue(elapsedMillis >= 950, "the client waited " + elapsedMillis + " ms, the server asked 1 s");
        }
    }

    @Test
    void endlessWaitingEndsInATimeoutError() {
        try (FakeXrootdServer server = new FakeXrootdServer((request, out) -> waitAnswer(out, request, 2));
                XrootdClient client = client(Duration.ofSeconds(5))) {
            XrootdException e = assertTimeoutPreemptively(LIMIT,
                    () -> assertThrows(XrootdException.class, () -> client.stat(url(server))));
            assertEquals(XrootdException.Kind.TIMEOUT, e.kind());
            assertTrue(e.getMessage().contains("keeps asking to wait"), e.getMessage());
        }
    }

    @Test
    void waitrespFollowedByAnAsynchronousAnswerIsDelivered() {
        try (FakeXrootdServer server = new FakeXrootdServer((request, out) -> {
            FakeXrootdServer.header(out, request.streamId(), 4006, 4);
            out.writeInt(30);
            out.flush();
            byte[] body = (STAT + "\0").getBytes(StandardCharsets.UTF_8);
            FakeXrootdServer.header(out, 0, 4001, 16 + body.length);
            out.writeInt(5008);             // kXR_asynresp
            out.writeInt(0);
            FakeXrootdServer.header(out, request.streamId(), 0, body.length);
            out.write(body);
        }); XrootdClient client = client(Duration.ofSeconds(5))) {
            StatInfo stat = assertTimeoutPreemptively(LIMIT, () -> client.stat(url(server)).orElseThrow());
            assertEquals(1234, stat.size());
        }
    }

    @Test
    void oksofarPartsAreJoinedIntoOneListing() {
        try (FakeXrootdServer server = new FakeXrootdServer((request, out) -> {
            String[] parts = {".\n0 0 0 0\nalpha\n1 10 16 1700000000\n", "beta\n2 20 16 1700000000\n",
                    "gamma\n3 0 18 1700000000\0"};
            for (int i = 0; i < parts.length; i++) {
                byte[] bytes = parts[i].getBytes(StandardCharsets.UTF_8);
                FakeXrootdServer.header(out, request.streamId(), i < parts.length - 1 ? 4000 : 0, bytes.length);
                out.write(bytes);
            }
        }); XrootdClient client = client(Duration.ofSeconds(5))) {
            List<DirEntry> entries = client.list(url(server));
            assertEquals(List.of("alpha", "beta", "gamma"), entries.stream().map(DirEntry::name).toList());
            assertEquals(20, entries.get(1).stat().size());
            assertTrue(entries.get(2).stat().isDirectory());
        }
    }

    @Test
    void anAbsurdLengthIsRefusedWithoutAllocatingIt() {
        try (FakeXrootdServer server = new FakeXrootdServer((request, out) -> {
            FakeXrootdServer.header(out, request.streamId(), 0, Integer.MAX_VALUE);
            out.write(new byte[100]);
        }); XrootdClient client = client(Duration.ofSeconds(5))) {
            XrootdException e = assertTimeoutPreemptively(LIMIT,
                    () -> assertThrows(XrootdException.class, () -> client.stat(url(server))));
            assertEquals(XrootdException.Kind.PROTOCOL, e.kind());
            assertTrue(e.getMessage().contains("malformed response"), e.getMessage());
            assertTrue(e.getMessage().contains("limit of 1048576"), e.getMessage());
        }
    }

    @Test
    void aNegativeLengthIsAProtocolError() {
        try (FakeXrootdServer server = new FakeXrootdServer(
                (request, out) -> FakeXrootdServer.header(out, request.streamId(), 0, -5));
                XrootdClient client = client(Duration.ofSeconds(5))) {
            XrootdException e = assertTimeoutPreemptively(LIMIT,
                    () -> assertThrows(XrootdException.class, () -> client.stat(url(server))));
            assertEquals(XrootdException.Kind.PROTOCOL, e.kind());
            assertTrue(e.getMessage().contains("negative data length"), e.getMessage());
        }
    }

    @Test
    void aReadAnswerLongerThanAskedIsRefused() {
        try (FakeXrootdServer server = new FakeXrootdServer((request, out) -> {
            if (request.code() == RequestCode.OPEN) {
                FakeXrootdServer.header(out, request.streamId(), 0, 12);
                out.write(new byte[12]);
            } else if (request.code() == RequestCode.READ) {
                FakeXrootdServer.header(out, request.streamId(), 0, 64 << 20);
                out.write(new byte[1000]);
            } else {
                FakeXrootdServer.ok(out, request, "");
            }
        }); XrootdClient client = client(Duration.ofSeconds(5))) {
            IOException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(IOException.class, () -> {
                try (InputStream in = client.openInputStream(url(server), 0, 4096)) {
                    in.readAllBytes();
                }
            }));
            assertTrue(e.getMessage().contains("read answer of 67108864 bytes for a request of 4096"), e.getMessage());
        }
    }

    @Test
    void aResponseCutShortByAClosedConnectionIsAConnectionError() {
        try (FakeXrootdServer server = new FakeXrootdServer((request, out) -> {
            FakeXrootdServer.header(out, request.streamId(), 0, 100);
            out.write(new byte[10]);
            out.flush();
            throw new IOException("hang up mid-frame");
        }); XrootdClient client = client(Duration.ofSeconds(5))) {
            XrootdException e = assertTimeoutPreemptively(LIMIT,
                    () -> assertThrows(XrootdException.class, () -> client.stat(url(server))));
            assertEquals(XrootdException.Kind.CONNECTION, e.kind());
            assertTrue(e.getMessage().contains("in the middle of a response (10 of 100 bytes)"), e.getMessage());
        }
    }

    @Test
    void aResponseThatStopsHalfWayTimesOutInsteadOfHanging() {
        try (FakeXrootdServer server = new FakeXrootdServer((request, out) -> {
            FakeXrootdServer.header(out, request.streamId(), 0, 100);
            out.write(new byte[10]);
            out.flush();
            // then silence: the connection stays open
        }); XrootdClient client = client(Duration.ofMillis(1500))) {
            long started = System.nanoTime();
            XrootdException e = assertTimeoutPreemptively(LIMIT,
                    () -> assertThrows(XrootdException.class, () -> client.stat(url(server))));
            assertEquals(XrootdException.Kind.TIMEOUT, e.kind());
            assertTrue(e.getMessage().contains("no answer to kXR_stat"), e.getMessage());
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(10).toNanos());
        }
    }

    @Test
    void redirectLoopsEnd() {
        FakeXrootdServer[] self = new FakeXrootdServer[1];
        try (FakeXrootdServer server = new FakeXrootdServer((request, out) -> {
            byte[] host = "127.0.0.1".getBytes(StandardCharsets.US_ASCII);
            FakeXrootdServer.header(out, request.streamId(), 4004, 4 + host.length);
            out.writeInt(self[0].port());
            out.write(host);
        }); XrootdClient client = client(Duration.ofSeconds(5))) {
            self[0] = server;
            XrootdException e = assertTimeoutPreemptively(LIMIT,
                    () -> assertThrows(XrootdException.class, () -> client.stat(url(server))));
            assertTrue(e.getMessage().contains("more than 16 redirects"), e.getMessage());
        }
    }

    @Test
    void somethingThatIsNotAnXrootdServerIsNamedAsSuch() throws IOException {
        try (ServerSocket http = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                XrootdClient client = client(Duration.ofSeconds(5))) {
            Thread answer = new Thread(() -> {
                try (Socket socket = http.accept()) {
                    socket.getInputStream().readNBytes(44);
                    OutputStream out = socket.getOutputStream();
                    out.write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    // test over
                }
            });
            answer.setDaemon(true);
            answer.start();
            XrootdException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(XrootdException.class,
                    () -> client.stat(XrootdUrl.parse("root://127.0.0.1:" + http.getLocalPort() + "//x"))));
            assertEquals(XrootdException.Kind.PROTOCOL, e.kind());
            assertTrue(e.getMessage().contains("is not an XRootD server"), e.getMessage());
        }
    }
}
