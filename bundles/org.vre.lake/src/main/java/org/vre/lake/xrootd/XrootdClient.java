package org.vre.lake.xrootd;

import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.vre.lake.xrootd.XrootdException.Kind;
import org.vre.lake.xrootd.wire.BoundedSink;
import org.vre.lake.xrootd.wire.Connection;
import org.vre.lake.xrootd.wire.ConnectionPool;
import org.vre.lake.xrootd.wire.Reply;
import org.vre.lake.xrootd.wire.Request;
import org.vre.lake.xrootd.wire.RequestCode;

/**
 * A native client for the XRootD protocol ({@code root://}): namespace operations, file I/O with pipelined
 * reads and writes, checksums and third-party copy. Thread safe; connections are pooled per host:port and
 * shared, so many small operations cost one login per server. Redirects (kXR_redirect) are followed and
 * kXR_wait is honoured, both within limits, on every request.
 */
public final class XrootdClient implements Closeable {
    private static final int MAX_REDIRECTS = 16;
    private static final int QUERY_CHECKSUM = 3;
    private static final int QUERY_CONFIG = 7;
    private static final int DIRLIST_WITH_STAT = 2;
    private static final int DEFAULT_MODE = 0x1a4; // rw-r--r--
    private static final int DIRECTORY_MODE = 0x1ed; // rwxr-xr-x

    private final XrootdClientConfig config;
    private final ConnectionPool pool;

    public XrootdClient(XrootdClientConfig config) {
        this.config = config;
        this.pool = new ConnectionPool(config);
    }

    public XrootdClientConfig config() {
        return config;
    }

    /** Connections currently pooled for the server of {@code url}. */
    public int pooledConnections(XrootdUrl url) {
        return pool.size(url.endpoint());
    }

    // ---- namespace -------------------------------------------------------------------------------------

    /** Stat of a file or directory, or empty when it does not exist. */
    public Optional<StatInfo> stat(XrootdUrl url) {
        try {
            Answer answer = run(url, path -> Request.of(RequestCode.STAT).data(path));
            return Optional.of(StatInfo.parse(answer.text(), url.toString()));
        } catch (XrootdException e) {
            if (e.kind() == Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The entries of a directory with their stat information (kXR_dirlist with kXR_dstat). */
    public List<DirEntry> list(XrootdUrl directory) {
        Answer answer = run(directory, path -> Request.of(RequestCode.DIRLIST).putByte(15, DIRLIST_WITH_STAT)
                .data(path));
        return parseListing(answer.text(), directory);
    }

    /** Creates a directory, with its missing parents when {@code parents} (then an existing one is fine). */
    public void mkdir(XrootdUrl directory, boolean parents) {
        run(directory, path -> Request.of(RequestCode.MKDIR).putByte(0, parents ? 1 : 0)
                .putShort(14, DIRECTORY_MODE).data(path));
    }

    /** Removes a file. */
    public void rm(XrootdUrl file) {
        run(file, path -> Request.of(RequestCode.RM).data(path));
    }

    /** Removes an empty directory. */
    public void rmdir(XrootdUrl directory) {
        run(directory, path -> Request.of(RequestCode.RMDIR).data(path));
    }

    /** Renames {@code from} to {@code toPath} on the same server. */
    public void mv(XrootdUrl from, String toPath) {
        XrootdUrl target = from.withPath(toPath);
        run(from, path -> {
            byte[] source = path.getBytes(StandardCharsets.UTF_8);
            // arg1len lets the server split source and target even when the source contains spaces.
            return Request.of(RequestCode.MV).putShort(14, source.length)
                    .data(path + " " + target.path());
        });
    }

    /**
     * The checksum the server computes or stores (kXR_query kXR_Qcksum), as lower-case hex, e.g. adler32
     * {@code 0a1b2c3d}.
     */
    public String checksum(XrootdUrl file, String algorithm) {
        String wanted = algorithm.toLowerCase(Locale.ROOT);
        XrootdUrl withType = new XrootdUrl(file.host(), file.port(), file.path(),
                join(file.opaque(), "cks.type=" + wanted));
        Answer answer = run(withType, path -> Request.of(RequestCode.QUERY).putShort(0, QUERY_CHECKSUM).data(path));
        String text = answer.text().trim();
        int space = text.indexOf(' ');
        if (space < 0) {
            throw new XrootdException(Kind.PROTOCOL, file + ": malformed checksum answer '" + text + "'");
        }
        String name = text.substring(0, space).toLowerCase(Locale.ROOT);
        String value = text.substring(space + 1).trim().toLowerCase(Locale.ROOT);
        if (!name.equals(wanted)) {
            throw new XrootdException(Kind.UNSUPPORTED, file + ": server answered a " + name + " checksum, not "
                    + wanted);
        }
        if (wanted.equals("adler32")) {
            value = "00000000".substring(Math.min(8, value.length())) + value;
        }
        return value;
    }

    /** A configuration value of the server (kXR_query kXR_Qconfig), or empty when the server does not know it. */
    public Optional<String> serverConfig(XrootdUrl server, String name) {
        Answer answer = run(server, path -> Request.of(RequestCode.QUERY).putShort(0, QUERY_CONFIG).data(name));
        String value = answer.text().trim();
        // Unknown names come back unchanged.
        return value.isEmpty() || value.equals(name) ? Optional.empty() : Optional.of(value);
    }

    // ---- files ---------------------------------------------------------------------------------------

    /** Opens a file; redirects are followed, so the handle may live on another server than asked. */
    public XrootdFile open(XrootdUrl url, OpenMode mode) {
        int options = mode.options() | 0x0400; // kXR_retstat
        int permissions = mode.writes() ? DEFAULT_MODE : 0;
        Answer answer = run(url, path -> Request.of(RequestCode.OPEN).putShort(0, permissions)
                .putShort(2, options).data(path));
        byte[] body = answer.body();
        if (body.length < 4) {
            throw new XrootdException(Kind.PROTOCOL, url + ": kXR_open answer without a file handle");
        }
        byte[] handle = new byte[] {body[0], body[1], body[2], body[3]};
        StatInfo stat = body.length > 12 ? StatInfo.parse(new String(body, 12, body.length - 12,
                StandardCharsets.UTF_8), url.toString()) : null;
        return new XrootdFile(this, answer.connection(), answer.url(), handle, stat);
    }

    /** Reads {@code length} bytes (or to the end when negative) from {@code offset}, several reads in flight. */
    public XrootdInputStream openInputStream(XrootdUrl url, long offset, long length) {
        return new XrootdInputStream(open(url, OpenMode.READ), offset, length, config.chunkSize(),
                config.pipelineDepth(), true);
    }

    /** Writes a file (replacing it, creating missing directories), several writes in flight. */
    public XrootdOutputStream openOutputStream(XrootdUrl url) {
        return new XrootdOutputStream(open(url, OpenMode.REPLACE), config.chunkSize(), config.pipelineDepth());
    }

    /** Server-to-server copy of {@code source} to {@code destination}, which must support XRootD TPC. */
    public void thirdPartyCopy(XrootdUrl source, XrootdUrl destination, Duration timeout) {
        new ThirdPartyCopy(this, source, destination, timeout).run();
    }

    @Override
    public void close() {
        pool.close();
    }

    // ---- request execution -----------------------------------------------------------------------------

    /** The answer to a request: where it was answered and what it said. */
    record Answer(Connection connection, XrootdUrl url, BoundedSink sink) {
        byte[] body() {
            return sink.bytes();
        }

        String text() {
            byte[] bytes = sink.bytes();
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] == 0) {
                end--;
            }
            return new String(bytes, 0, end, StandardCharsets.UTF_8);
        }
    }

    /**
     * Sends the request built from the path (with CGI) to the server of {@code url}, following redirects and
     * honouring kXR_wait, until it is answered with kXR_ok or an error.
     */
    Answer run(XrootdUrl url, Function<String, Request> build) {
        XrootdUrl target = url;
        int redirects = 0;
        long waitedNanos = 0;
        while (true) {
            Connection connection = pool.acquire(target.endpoint());
            BoundedSink sink = new BoundedSink(config.maxResponseBytes());
            Request request = build.apply(target.pathWithOpaque()).describe(url.toString());
            Reply reply = connection.call(request, sink);
            if (reply instanceof Reply.Ok) {
                return new Answer(connection, target, sink);
            }
            if (reply instanceof Reply.Error error) {
                throw failure(url, request, error);
            }
            if (reply instanceof Reply.Redirect redirect) {
                if (++redirects > MAX_REDIRECTS) {
                    throw new XrootdException(Kind.PROTOCOL, url + ": more than " + MAX_REDIRECTS
                            + " redirects (last to " + redirect.host() + ":" + redirect.port() + ")");
                }
                target = new XrootdUrl(redirect.host(), redirect.port(), url.path(),
                        join(url.opaque(), redirect.opaque()));
                continue;
            }
            if (reply instanceof Reply.Wait wait) {
                waitedNanos += honourWait(url, request, wait, waitedNanos);
                continue;
            }
            throw new XrootdException(Kind.PROTOCOL, url + ": unexpected answer to " + RequestCode.name(request.code())
                    + ": " + reply);
        }
    }

    /** Sleeps as kXR_wait asks, unless that would exceed the configured total; returns the nanoseconds slept. */
    long honourWait(Object where, Request request, Reply.Wait wait, long waitedSoFar) {
        long nanos = TimeUnit.SECONDS.toNanos(Math.max(0, wait.seconds()));
        if (waitedSoFar + nanos > config.maxWait().toNanos()) {
            throw new XrootdException(Kind.TIMEOUT, where + ": the server keeps asking to wait (kXR_wait "
                    + wait.seconds() + " s: " + wait.message() + "); gave up after "
                    + TimeUnit.NANOSECONDS.toSeconds(waitedSoFar) + " s");
        }
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new XrootdException(Kind.CANCELLED, where + ": interrupted while waiting as the server asked");
        }
        return nanos;
    }

    static XrootdException failure(Object where, Request request, Reply.Error error) {
        return new XrootdException(XrootdException.kindOf(error.code(), error.message()), error.code(),
                where + ": " + RequestCode.name(request.code()) + " failed: " + error.message() + " (kXR error "
                        + error.code() + ")", null);
    }

    static String join(String first, String second) {
        if (first == null || first.isEmpty()) {
            return second == null ? "" : second;
        }
        if (second == null || second.isEmpty()) {
            return first;
        }
        return first + "&" + second;
    }

    /**
     * Parses a kXR_dstat listing: a leading {@code ".\n0 0 0 0\n"} marks stat lines, then name and stat
     * lines alternate; entries are separated by newlines and the answer ends with a zero byte.
     */
    static List<DirEntry> parseListing(String text, XrootdUrl where) {
        String[] lines = text.split("\n", -1);
        List<DirEntry> entries = new ArrayList<>();
        int i = 0;
        boolean withStat = lines.length >= 2 && lines[0].equals(".") && lines[1].trim().equals("0 0 0 0");
        if (withStat) {
            i = 2;
        }
        while (i < lines.length) {
            String name = lines[i++];
            if (name.isEmpty()) {
                continue;
            }
            StatInfo stat = null;
            if (withStat) {
                if (i >= lines.length) {
                    throw new XrootdException(Kind.PROTOCOL, where + ": listing ends after '" + name
                            + "' without its stat line");
                }
                stat = StatInfo.parse(lines[i++], where + " entry '" + name + "'");
            }
            if (!name.equals(".") && !name.equals("..")) {
                entries.add(new DirEntry(name, stat));
            }
        }
        return entries;
    }
}
