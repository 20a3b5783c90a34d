package org.vre.lake.xrootd.wire;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.vre.lake.xrootd.SecurityProtocol;
import org.vre.lake.xrootd.XrootdClientConfig;
import org.vre.lake.xrootd.XrootdException;
import org.vre.lake.xrootd.XrootdException.Kind;

/**
 * One logged-in TCP connection to an XRootD server. Requests from many threads are multiplexed on it by
 * their 2-byte stream id; one reader thread reads every response frame and hands it to the request it
 * belongs to (kXR_oksofar parts, kXR_waitresp followed later by kXR_attn/kXR_asynresp, final answers).
 *
 * <p>Every frame length is checked before anything is allocated, so a malformed or hostile server costs
 * at most {@code maxResponseBytes}; a broken frame drops the connection and fails every request on it.
 */
public final class Connection implements Closeable {
    /** Client protocol version sent in kXR_protocol: 5.2.0. */
    private static final int CLIENT_PROTOCOL_VERSION = 0x00000520;
    private static final int SERVER_FLAG_GOTO_TLS = 0x40000000;
    private static final int LOGIN_CAPABILITY = 0x80 | 5; // kXR_asyncap | kXR_ver005
    /** Largest error, redirect, wait or attn frame accepted. */
    private static final int MAX_CONTROL_FRAME = 1 << 20;

    private final Endpoint endpoint;
    private final XrootdClientConfig config;
    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final Object writeLock = new Object();
    private final ConcurrentHashMap<Integer, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicInteger nextStreamId = new AtomicInteger(1);
    private final AtomicInteger openFiles = new AtomicInteger();
    private volatile XrootdException failure;
    private volatile long writeStartedNanos;
    private volatile long lastUsedNanos = System.nanoTime();
    private int serverProtocolVersion;
    private int serverFlags;
    private String securityUsed = "none";

    private Connection(Endpoint endpoint, XrootdClientConfig config, Socket socket) throws IOException {
        this.endpoint = endpoint;
        this.config = config;
        this.socket = socket;
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 1 << 17));
        this.out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
    }

    /** Connects, does the handshake, kXR_protocol, kXR_login and (when asked for) kXR_auth. */
    public static Connection open(Endpoint endpoint, XrootdClientConfig config) {
        Socket socket = new Socket();
        Connection connection = null;
        try {
            socket.setTcpNoDelay(true);
            socket.setReceiveBufferSize(4 << 20);
            socket.setSendBufferSize(4 << 20);
            socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()),
                    (int) config.connectTimeout().toMillis());
            // Until login is done, reads are bounded by the connect timeout; afterwards request deadlines rule.
            socket.setSoTimeout((int) Math.max(1, config.connectTimeout().toMillis()));
            connection = new Connection(endpoint, config, socket);
            connection.handshake();
            connection.login();
            socket.setSoTimeout(0);
            connection.startReader();
            return connection;
        } catch (SocketTimeoutException e) {
            closeQuietly(socket);
            throw new XrootdException(Kind.TIMEOUT, endpoint + ": no answer to the XRootD handshake or login within "
                    + config.connectTimeout().toSeconds() + " s", e);
        } catch (XrootdException e) {
            closeQuietly(socket);
            throw e;
        } catch (IOException e) {
            closeQuietly(socket);
            throw new XrootdException(Kind.CONNECTION, "cannot connect to XRootD server " + endpoint + ": "
                    + describe(e), e);
        }
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    /** The security protocol the session was authenticated with ({@code none}, {@code unix}, ...). */
    public String securityUsed() {
        return securityUsed;
    }

    public int serverProtocolVersion() {
        return serverProtocolVersion;
    }

    public boolean isUsable() {
        return failure == null && !socket.isClosed();
    }

    /** Requests waiting for an answer. */
    public int inFlight() {
        return pending.size();
    }

    public long idleNanos() {
        return pending.isEmpty() && openFiles.get() == 0 ? System.nanoTime() - lastUsedNanos : 0;
    }

    /** Counts a file handle opened on this connection: the connection is not idle while one is open. */
    public void fileOpened() {
        openFiles.incrementAndGet();
    }

    public void fileClosed() {
        openFiles.decrementAndGet();
        lastUsedNanos = System.nanoTime();
    }

    /** True when a write has been blocked for longer than {@code limitNanos} (the server stopped reading). */
    public boolean writeStalledFor(long limitNanos) {
        long started = writeStartedNanos;
        return started != 0 && System.nanoTime() - started > limitNanos;
    }

    /** Sends a request; its data (kXR_ok / kXR_oksofar bodies) will go to {@code sink}. */
    public Pending send(Request request, ResponseSink sink) {
        XrootdException failed = failure;
        if (failed != null) {
            throw rethrown(failed);
        }
        Pending entry = register(request, sink);
        try {
            synchronized (writeLock) {
                writeStartedNanos = System.nanoTime();
                request.writeTo(out, entry.streamId);
                out.flush();
                writeStartedNanos = 0;
            }
        } catch (IOException e) {
            fail(new XrootdException(Kind.CONNECTION, "connection to " + endpoint + " broke while sending "
                    + request + ": " + describe(e), e));
            throw rethrown(failure);
        }
        lastUsedNanos = System.nanoTime();
        return entry;
    }

    /** Waits for the final answer, for at most the request timeout plus whatever kXR_waitresp added. */
    public Reply await(Pending entry) {
        return await(entry, config.requestTimeout());
    }

    /** Waits for the final answer for at most {@code timeout} plus whatever kXR_waitresp added. */
    public Reply await(Pending entry, Duration timeout) {
        long timeoutNanos = timeout.toNanos();
        long deadline = System.nanoTime() + timeoutNanos;
        while (true) {
            try {
                return entry.reply.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                long extension = entry.takeExtension();
                if (extension > 0) {
                    deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(extension) + timeoutNanos;
                    continue;
                }
                XrootdException expired = new XrootdException(Kind.TIMEOUT, endpoint + ": no answer to "
                        + entry.request + " within " + describe(timeout));
                // The connection's state is unknown now (a frame may be half read): drop it.
                fail(expired);
                throw expired;
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw cause instanceof XrootdException x ? rethrown(x)
                        : new XrootdException(Kind.CONNECTION, endpoint + ": " + cause, cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new XrootdException(Kind.CANCELLED, "interrupted while waiting for " + entry.request);
            }
        }
    }

    /** Sends and waits. */
    public Reply call(Request request, ResponseSink sink) {
        return await(send(request, sink));
    }

    @Override
    public void close() {
        // No kXR_endsess: the server ends the session and closes open files on disconnect.
        fail(new XrootdException(Kind.CONNECTION, "connection to " + endpoint + " was closed by the client"));
    }

    /** Marks the connection broken: closes the socket and fails every waiting request with {@code cause}. */
    public void fail(XrootdException cause) {
        synchronized (this) {
            if (failure == null) {
                failure = cause;
            }
        }
        closeQuietly(socket);
        List<Pending> waiting = new ArrayList<>(pending.values());
        pending.clear();
        for (Pending entry : waiting) {
            entry.reply.completeExceptionally(failure);
        }
    }

    // ---- handshake and login -------------------------------------------------------------------------

    private void handshake() throws IOException {
        Pending protocol = register(Request.of(RequestCode.PROTOCOL).putInt(0, CLIENT_PROTOCOL_VERSION),
                new BoundedSink(MAX_CONTROL_FRAME));
        byte[] hello = new byte[20];
        hello[15] = 4;                      // 0, 0, 0, 4, 2012 as five 32-bit integers
        hello[18] = (byte) (2012 >>> 8);
        hello[19] = (byte) 2012;
        synchronized (writeLock) {
            out.write(hello);
            protocol.request.writeTo(out, protocol.streamId);
            out.flush();
        }
        byte[] header = new byte[8];
        readHeader(header, "the handshake");
        int status = u16(header, 2);
        int length = i32(header, 4);
        if (header[0] != 0 || header[1] != 0 || status != 0 || length != 8) {
            throw new XrootdException(Kind.PROTOCOL, endpoint + " is not an XRootD server (unexpected answer "
                    + "to the handshake)");
        }
        serverProtocolVersion = in.readInt();
        in.readInt(); // server type: 1 data server, 0 load balancer
        Reply reply = readUntilDone(protocol);
        if (!(reply instanceof Reply.Ok) || protocol.sink.size() < 8) {
            throw new XrootdException(Kind.PROTOCOL, endpoint + ": kXR_protocol failed: " + reply);
        }
        byte[] body = ((BoundedSink) protocol.sink).bytes();
        serverProtocolVersion = i32(body, 0);
        serverFlags = i32(body, 4);
        if ((serverFlags & SERVER_FLAG_GOTO_TLS) != 0) {
            throw new XrootdException(Kind.UNSUPPORTED, endpoint + " requires TLS (roots://), which this client "
                    + "does not speak yet");
        }
    }

    private void login() throws IOException {
        byte[] user = new byte[8];
        byte[] name = config.userName().replaceAll("[^A-Za-z0-9_.-]", "").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, user, 0, Math.min(8, name.length));
        for (int attempt = 0; ; attempt++) {
            Request request = Request.of(RequestCode.LOGIN)
                    .putInt(0, (int) ProcessHandle.current().pid())
                    .putBytes(4, user)
                    .putByte(14, LOGIN_CAPABILITY)
                    .data("xrd.appname=vre-workbench");
            Pending entry = register(request, new BoundedSink(MAX_CONTROL_FRAME));
            synchronized (writeLock) {
                request.writeTo(out, entry.streamId);
                out.flush();
            }
            Reply reply = readUntilDone(entry);
            if (reply instanceof Reply.Wait wait && attempt < 3) {
                sleepSeconds(Math.min(wait.seconds(), 30));
                continue;
            }
            if (reply instanceof Reply.Error error) {
                throw new XrootdException(XrootdException.kindOf(error.code(), error.message()), error.code(),
                        endpoint + ": login refused: [" + error.code() + "] " + error.message(), null);
            }
            if (!(reply instanceof Reply.Ok)) {
                throw new XrootdException(Kind.PROTOCOL, endpoint + ": unexpected answer to kXR_login: " + reply);
            }
            byte[] body = ((BoundedSink) entry.sink).bytes();
            if (body.length > 16) {
                String security = new String(body, 16, body.length - 16, StandardCharsets.US_ASCII).trim();
                security = security.replace("\0", "");
                if (!security.isEmpty()) {
                    authenticate(security);
                }
            }
            return;
        }
    }

    private void authenticate(String announced) throws IOException {
        List<String[]> offered = new ArrayList<>();
        for (String part : announced.split("&")) {
            if (part.startsWith("P=")) {
                String value = part.substring(2);
                int comma = value.indexOf(',');
                offered.add(comma < 0 ? new String[] {value, ""}
                        : new String[] {value.substring(0, comma), value.substring(comma + 1)});
            }
        }
        for (String[] protocol : offered) {
            for (SecurityProtocol mine : config.security()) {
                if (mine.name().equals(protocol[0])) {
                    runAuthentication(mine, protocol[1]);
                    securityUsed = mine.name();
                    return;
                }
            }
        }
        List<String> names = offered.stream().map(p -> p[0]).toList();
        List<String> ours = config.security().stream().map(SecurityProtocol::name).toList();
        throw new XrootdException(Kind.PERMISSION_DENIED, endpoint + " requires authentication by "
                + String.join(", ", names) + "; this client offers " + (ours.isEmpty() ? "none" : String.join(", ", ours)));
    }

    private void runAuthentication(SecurityProtocol protocol, String parameters) throws IOException {
        byte[] credentials = protocol.initialCredentials(endpoint.host(), parameters);
        byte[] type = new byte[4];
        byte[] name = protocol.name().getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, type, 0, Math.min(4, name.length));
        for (int round = 0; round < 16; round++) {
            Request request = Request.of(RequestCode.AUTH).putBytes(12, type).data(credentials);
            Pending entry = register(request, new BoundedSink(MAX_CONTROL_FRAME));
            synchronized (writeLock) {
                request.writeTo(out, entry.streamId);
                out.flush();
            }
            Reply reply = readUntilDone(entry);
            if (reply instanceof Reply.Ok) {
                return;
            }
            if (reply instanceof Reply.AuthMore more) {
                credentials = protocol.continueWith(more.data());
                continue;
            }
            if (reply instanceof Reply.Error error) {
                throw new XrootdException(Kind.PERMISSION_DENIED, error.code(), endpoint + ": " + protocol.name()
                        + " authentication failed: " + error.message(), null);
            }
            throw new XrootdException(Kind.PROTOCOL, endpoint + ": unexpected answer to kXR_auth: " + reply);
        }
        throw new XrootdException(Kind.PROTOCOL, endpoint + ": " + protocol.name() + " authentication did not end");
    }

    /** Before the reader thread runs: reads frames on the calling thread until {@code entry} is answered. */
    private Reply readUntilDone(Pending entry) throws IOException {
        while (!entry.reply.isDone()) {
            readFrame();
        }
        try {
            return entry.reply.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof XrootdException x) {
                throw x;
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new XrootdException(Kind.CANCELLED, "interrupted during login to " + endpoint);
        }
    }

    // ---- the reader ------------------------------------------------------------------------------------

    private void startReader() {
        Thread reader = new Thread(this::readLoop, "xrootd-reader " + endpoint);
        reader.setDaemon(true);
        reader.start();
    }

    private void readLoop() {
        try {
            while (failure == null) {
                readFrame();
            }
        } catch (ProtocolViolation e) {
            fail(new XrootdException(Kind.PROTOCOL, endpoint + " sent a malformed response: " + e.getMessage(), e));
        } catch (TruncatedResponse e) {
            fail(new XrootdException(Kind.CONNECTION, "connection to " + endpoint + " lost: " + e.getMessage(), e));
        } catch (EOFException e) {
            fail(new XrootdException(Kind.CONNECTION, "connection to " + endpoint + " was closed by the server", e));
        } catch (IOException | RuntimeException e) {
            fail(new XrootdException(Kind.CONNECTION, "connection to " + endpoint + " lost: " + describe(e), e));
        }
    }

    private void readHeader(byte[] header, String what) throws IOException {
        int done = 0;
        while (done < header.length) {
            int n = in.read(header, done, header.length - done);
            if (n < 0) {
                if (done == 0) {
                    throw new EOFException("closed before " + what);
                }
                throw new TruncatedResponse(done, header.length);
            }
            done += n;
        }
    }

    private void readFrame() throws IOException {
        byte[] header = new byte[8];
        readHeader(header, "a response");
        dispatch(u16(header, 0), u16(header, 2), i32(header, 4));
    }

    private void dispatch(int streamId, int status, int length) throws IOException {
        if (length < 0) {
            throw new ProtocolViolation("negative data length " + length + " in a " + ResponseStatus.name(status)
                    + " frame");
        }
        if (status == ResponseStatus.ATTN) {
            attention(length);
            return;
        }
        Pending entry = pending.get(streamId);
        if (entry == null) {
            // A late answer to a request nobody waits for: skip it, within bounds.
            skip(length, config.maxResponseBytes(), "answer for unknown stream " + streamId);
            return;
        }
        switch (status) {
            case ResponseStatus.OKSOFAR -> entry.sink.accept(in, length);
            case ResponseStatus.OK -> {
                entry.sink.accept(in, length);
                complete(entry, new Reply.Ok());
            }
            case ResponseStatus.ERROR -> {
                byte[] body = control(length, status);
                int code = body.length >= 4 ? i32(body, 0) : 0;
                complete(entry, new Reply.Error(code, text(body, 4)));
            }
            case ResponseStatus.REDIRECT -> {
                byte[] body = control(length, status);
                if (body.length < 4) {
                    throw new ProtocolViolation("kXR_redirect without a port");
                }
                complete(entry, redirect(i32(body, 0), text(body, 4)));
            }
            case ResponseStatus.WAIT -> {
                byte[] body = control(length, status);
                complete(entry, new Reply.Wait(body.length >= 4 ? i32(body, 0) : 1, text(body, 4)));
            }
            case ResponseStatus.WAITRESP -> {
                byte[] body = control(length, status);
                entry.extendBy(body.length >= 4 ? i32(body, 0) : 0);
            }
            case ResponseStatus.AUTHMORE -> complete(entry, new Reply.AuthMore(control(length, status)));
            default -> {
                skip(length, MAX_CONTROL_FRAME, ResponseStatus.name(status));
                pending.remove(entry.streamId);
                entry.reply.completeExceptionally(new XrootdException(Kind.PROTOCOL, endpoint
                        + " answered " + entry.request + " with unknown status " + status));
            }
        }
    }

    private void attention(int length) throws IOException {
        if (length < 4 || length > config.maxResponseBytes()) {
            throw new ProtocolViolation("kXR_attn frame of " + length + " bytes");
        }
        int action = in.readInt();
        if (action == ResponseStatus.ATTN_ASYNRESP) {
            if (length < 16) {
                throw new ProtocolViolation("kXR_asynresp frame of " + length + " bytes");
            }
            in.readInt(); // reserved
            byte[] inner = new byte[8];
            readHeader(inner, "an asynchronous response");
            int innerLength = i32(inner, 4);
            if (innerLength != length - 16) {
                throw new ProtocolViolation("kXR_asynresp announces " + innerLength + " bytes inside a frame of "
                        + length);
            }
            dispatch(u16(inner, 0), u16(inner, 2), innerLength);
        } else if (action == ResponseStatus.ATTN_ASYNCAB) {
            skip(length - 4, MAX_CONTROL_FRAME, "kXR_attn");
            throw new EOFException("server asked the client to disconnect (kXR_asyncab)");
        } else {
            // Messages and other unsolicited notices need no action from a data client.
            skip(length - 4, MAX_CONTROL_FRAME, "kXR_attn");
        }
    }

    private void complete(Pending entry, Reply reply) {
        pending.remove(entry.streamId);
        entry.reply.complete(reply);
    }

    private Reply.Redirect redirect(int port, String target) throws ProtocolViolation {
        String host = target;
        String opaque = "";
        int question = host.indexOf('?');
        if (question >= 0) {
            opaque = host.substring(question + 1);
            host = host.substring(0, question);
        }
        if (host.contains("://")) {
            // A URL redirect (port -1): root://host:port/...
            String rest = host.substring(host.indexOf("://") + 3);
            int slash = rest.indexOf('/');
            String authority = slash < 0 ? rest : rest.substring(0, slash);
            int at = authority.lastIndexOf('@');
            authority = authority.substring(at + 1);
            int colon = authority.lastIndexOf(':');
            if (colon > 0 && authority.indexOf(']') < colon) {
                port = parsePort(authority.substring(colon + 1));
                host = authority.substring(0, colon);
            } else {
                host = authority;
                port = 1094;
            }
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (port == 0) {
            port = 1094;
        }
        if (host.isEmpty() || port < 0 || port > 65535) {
            throw new ProtocolViolation("kXR_redirect to an invalid address '" + target + "' port " + port);
        }
        return new Reply.Redirect(host, port, opaque);
    }

    private static int parsePort(String text) throws ProtocolViolation {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ProtocolViolation("kXR_redirect with port '" + text + "'");
        }
    }

    private byte[] control(int length, int status) throws IOException {
        if (length > MAX_CONTROL_FRAME) {
            throw new ProtocolViolation(ResponseStatus.name(status) + " frame of " + length + " bytes (limit "
                    + MAX_CONTROL_FRAME + ")");
        }
        byte[] body = new byte[length];
        BoundedSink.readFully(in, body, 0, length);
        return body;
    }

    private void skip(int length, int limit, String what) throws IOException {
        if (length > limit) {
            throw new ProtocolViolation(what + " of " + length + " bytes (limit " + limit + ")");
        }
        byte[] scratch = new byte[Math.min(length, 1 << 16)];
        int left = length;
        while (left > 0) {
            int n = Math.min(left, scratch.length);
            BoundedSink.readFully(in, scratch, 0, n);
            left -= n;
        }
    }

    private Pending register(Request request, ResponseSink sink) {
        for (int tries = 0; tries < 65536; tries++) {
            int id = nextStreamId.getAndIncrement() & 0xffff;
            if (id == 0) {
                continue;
            }
            Pending entry = new Pending(id, request, sink);
            if (pending.putIfAbsent(id, entry) == null) {
                return entry;
            }
        }
        throw new XrootdException(Kind.CONNECTION, endpoint + ": all 65535 stream ids are in use");
    }

    private static String text(byte[] body, int offset) {
        if (body.length <= offset) {
            return "";
        }
        int end = offset;
        while (end < body.length && body[end] != 0) {
            end++;
        }
        return new String(body, offset, end - offset, StandardCharsets.UTF_8).trim();
    }

    static int u16(byte[] b, int offset) {
        return ((b[offset] & 0xff) << 8) | (b[offset + 1] & 0xff);
    }

    static int i32(byte[] b, int offset) {
        return ((b[offset] & 0xff) << 24) | ((b[offset + 1] & 0xff) << 16) | ((b[offset + 2] & 0xff) << 8)
                | (b[offset + 3] & 0xff);
    }

    private static XrootdException rethrown(XrootdException original) {
        // A fresh exception per caller, so each stack trace shows the caller; the kind and message stay.
        return new XrootdException(original.kind(), original.serverCode(), original.getMessage(), original);
    }

    private static void sleepSeconds(int seconds) {
        try {
            Thread.sleep(TimeUnit.SECONDS.toMillis(Math.max(0, seconds)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new XrootdException(Kind.CANCELLED, "interrupted while the server asked to wait");
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing left to do
        }
    }
}
