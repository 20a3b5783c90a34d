package org.vre.lake.xrootd.testing;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny scripted XRootD server for what a real one will not do on demand: kXR_wait, malformed and
 * truncated answers. It does the handshake, kXR_protocol and kXR_login properly, then hands every further
 * request to a {@link Script}. Only for those cases; everything else is tested against real xrootd.
 */
public final class FakeXrootdServer implements AutoCloseable {

    /** What to answer to one request. */
    @FunctionalInterface
    public interface Script {
        void answer(Request request, DataOutputStream out) throws IOException;
    }

    /** A request as received. */
    public record Request(int streamId, int code, byte[] parameters, byte[] data, int sequence) {
        public String text() {
            return new String(data, StandardCharsets.UTF_8);
        }
    }

    private final ServerSocket socket;
    private final Script script;
    private final AtomicInteger requests = new AtomicInteger();
    private final Thread acceptor;

    public FakeXrootdServer(Script script) {
        try {
            this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.script = script;
        this.acceptor = new Thread(this::acceptLoop, "fake-xrootd");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** Requests after login seen so far. */
    public int requests() {
        return requests.get();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread serve = new Thread(() -> serve(client), "fake-xrootd-client");
                serve.setDaemon(true);
                serve.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            DataInputStream in = new DataInputStream(client.getInputStream());
            DataOutputStream out = new DataOutputStream(client.getOutputStream());
            in.readFully(new byte[20]);                     // handshake
            Request protocol = readRequest(in, -1);
            header(out, 0, 0, 8);
            out.writeInt(0x520);
            out.writeInt(1);
            header(out, protocol.streamId(), 0, 8);
            out.writeInt(0x520);
            out.writeInt(1);                                // a data server
            out.flush();
            Request login = readRequest(in, -1);
            header(out, login.streamId(), 0, 16);
            out.write(new byte[16]);
            out.flush();
            while (true) {
                Request received = readRequest(in, 0);
                Request request = new Request(received.streamId(), received.code(), received.parameters(),
                        received.data(), requests.getAndIncrement());
                script.answer(request, out);
                out.flush();
            }
        } catch (IOException e) {
            // client went away, or the script closed the connection on purpose
        }
    }

    private static Request readRequest(DataInputStream in, int sequence) throws IOException {
        int streamId = in.readUnsignedShort();
        int code = in.readUnsignedShort();
        byte[] parameters = new byte[16];
        in.readFully(parameters);
        int length = in.readInt();
        byte[] data = new byte[length];
        in.readFully(data);
        return new Request(streamId, code, parameters, data, sequence);
    }

    /** Writes a response header. */
    public static void header(DataOutputStream out, int streamId, int status, int length) throws IOException {
        out.writeShort(streamId);
        out.writeShort(status);
        out.writeInt(length);
    }

    /** A complete kXR_ok answer with a text body. */
    public static void ok(DataOutputStream out, Request request, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        header(out, request.streamId(), 0, bytes.length);
        out.write(bytes);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
