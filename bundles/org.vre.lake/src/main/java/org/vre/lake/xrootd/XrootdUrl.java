package org.vre.lake.xrootd;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

import org.vre.lake.xrootd.wire.Endpoint;

/**
 * A {@code root://host[:port]//path[?cgi]} address. The path is always absolute; {@code root://host/a} and
 * {@code root://host//a} name the same file. The CGI ("opaque") part travels with the path to the server.
 */
public record XrootdUrl(String host, int port, String path, String opaque) {
    public static final int DEFAULT_PORT = 1094;

    public XrootdUrl {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(path, "path");
        opaque = opaque == null ? "" : opaque;
        checkText(path, "path");
        checkText(opaque, "query");
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        while (path.startsWith("//")) {
            path = path.substring(1);
        }
    }

    /** Parses {@code root://} and {@code xroot://} URIs; a clear error names what is wrong. */
    public static XrootdUrl parse(String text) {
        try {
            return of(new URI(text));
        } catch (URISyntaxException e) {
            throw new XrootdException(XrootdException.Kind.INVALID_REQUEST, "not a valid root:// URL: '" + text
                    + "': " + e.getReason());
        }
    }

    public static XrootdUrl of(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("root") && !scheme.equals("xroot")) {
            throw new XrootdException(XrootdException.Kind.INVALID_REQUEST, "not a root:// URL: " + uri);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new XrootdException(XrootdException.Kind.INVALID_REQUEST, "root:// URL without a host: " + uri);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getPath();
        return new XrootdUrl(host, uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), path, uri.getRawQuery());
    }

    public Endpoint endpoint() {
        return new Endpoint(host, port);
    }

    /** The same server, another path (no CGI). */
    public XrootdUrl withPath(String newPath) {
        return new XrootdUrl(host, port, newPath, "");
    }

    /** The path followed by {@code ?cgi} when there is one: what requests carry. */
    public String pathWithOpaque() {
        return opaque.isEmpty() ? path : path + "?" + opaque;
    }

    @Override
    public String toString() {
        String authority = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return "root://" + authority + ":" + port + "/" + pathWithOpaque();
    }

    private static void checkText(String text, String what) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || c == '\n' || c == '\r') {
                throw new XrootdException(XrootdException.Kind.INVALID_REQUEST, "the " + what
                        + " contains a control character at position " + i + ": not allowed in root:// URLs");
            }
        }
    }
}
