package org.vre.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vre.core.VreException;
import org.vre.core.VreVersion;

class VreServerTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void pingAnswersStatusAndVersion() throws Exception {
        try (VreServer server = VreServer.start(new ServerAddress("127.0.0.1", 0))) {
            HttpResponse<String> response = get(server, "/api/ping");
            assertEquals(200, response.statusCode());
            assertEquals("{\"status\":\"ok\",\"version\":\"" + VreVersion.get() + "\"}", response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        }
    }

    @Test
    void unknownPathIsNotFoundAndPostIsRefused() throws Exception {
        try (VreServer server = VreServer.start(new ServerAddress("127.0.0.1", 0))) {
            assertEquals(404, get(server, "/api/nothing").statusCode());
            HttpResponse<String> post = client.send(HttpRequest.newBuilder(uri(server, "/api/ping"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, post.statusCode());
        }
    }

    @Test
    void takenPortIsAClearError() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            VreException error = assertThrows(VreException.class,
                    () -> VreServer.start(new ServerAddress("127.0.0.1", taken.getLocalPort())));
            assertTrue(error.getMessage().contains("already in use"), error.getMessage());
            assertTrue(error.getMessage().contains(":" + taken.getLocalPort()), error.getMessage());
        }
    }

    @Test
    void optionsDefaultToLoopback8080AndALogUnderHome() {
        ServerOptions options = ServerOptions.parse(List.of(), Path.of("/home/u"));
        assertEquals(new ServerAddress("127.0.0.1", 8080), options.address());
        assertEquals(Path.of("/home/u/.vre/server/server.log"), options.logFile());
        ServerOptions chosen = ServerOptions.parse(List.of("--address", "[::1]:9000", "--log", "/tmp/s.log"), Path.of("/h"));
        assertEquals(new ServerAddress("::1", 9000), chosen.address());
        assertEquals("[::1]:9000", chosen.address().toString());
    }

    @Test
    void badAddressesSayWhatIsWrong() {
        assertTrue(assertThrows(VreException.class, () -> ServerAddress.parse("localhost")).getMessage().contains("host:port"));
        assertTrue(assertThrows(VreException.class, () -> ServerAddress.parse("h:x")).getMessage().contains("not a number"));
        assertTrue(assertThrows(VreException.class, () -> ServerAddress.parse("h:70000")).getMessage().contains("outside"));
        assertTrue(assertThrows(VreException.class, () -> ServerOptions.parse(List.of("--bogus"), Path.of("/")))
                .getMessage().contains("unknown option --bogus"));
    }

    private HttpResponse<String> get(VreServer server, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(server, path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(VreServer server, String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
