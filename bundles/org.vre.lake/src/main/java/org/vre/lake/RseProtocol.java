package org.vre.lake;

import java.net.URI;
import java.util.Locale;

import org.vre.core.VreException;

/**
 * How to reach an RSE: {@code scheme://host:port/prefix}. Priorities are per operation, 1 is the best and 0
 * means "not for this operation" (Rucio's convention).
 */
public record RseProtocol(String scheme, String host, int port, String prefix,
        int readPriority, int writePriority, int deletePriority, int tpcPriority) {

    public RseProtocol {
        if (scheme == null || !scheme.matches("[a-z][a-z0-9+.\\-]*")) {
            throw new VreException("protocol scheme '" + scheme + "' is not a URI scheme (e.g. file, https, davs, root)");
        }
        host = host == null ? "" : host;
        if (port < 0 || port > 65535) {
            throw new VreException("protocol port " + port + " is outside 0..65535");
        }
        prefix = normalisePrefix(prefix);
        for (int p : new int[] {readPriority, writePriority, deletePriority, tpcPriority}) {
            if (p < 0) {
                throw new VreException("protocol priorities must be 0 (unused) or positive, got " + p);
            }
        }
        if (!scheme.equals("file") && host.isEmpty()) {
            throw new VreException("protocol " + scheme + ": has no host");
        }
    }

    /** A protocol from a URL such as {@code file:///data/lake} or {@code davs://host:443/path}, priority 1 everywhere. */
    public static RseProtocol fromUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new VreException("storage URL '" + url + "' is not a URL: " + e.getReason() + " at position "
                    + (e.getIndex() + 1));
        }
        if (uri.getScheme() == null || uri.getPath() == null || uri.getPath().isEmpty()) {
            throw new VreException("storage URL '" + url + "' needs a scheme and a path, e.g. file:///data/lake");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new VreException("storage URL '" + url + "' must not have a query or fragment");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return new RseProtocol(scheme, uri.getHost(), Math.max(uri.getPort(), 0), uri.getPath(), 1, 1, 1, 1);
    }

    private static String normalisePrefix(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return "/";
        }
        String p = prefix.startsWith("/") ? prefix : "/" + prefix;
        for (String segment : p.split("/")) {
            if (segment.equals("..")) {
                throw new VreException("protocol prefix '" + prefix + "' contains '..'");
            }
        }
        return p.endsWith("/") ? p : p + "/";
    }

    /** The URL of a path relative to the prefix. */
    public URI pfn(String relativePath) {
        String authority = host.isEmpty() ? "" : (port > 0 ? host + ":" + port : host);
        try {
            return new URI(scheme, authority.isEmpty() ? "" : authority, prefix + relativePath, null, null);
        } catch (java.net.URISyntaxException e) {
            throw new VreException("cannot build a PFN from " + this + " and '" + relativePath + "': " + e.getMessage());
        }
    }

    /** Short form for listings: {@code scheme://host:port/prefix}. */
    public String url() {
        return pfn("").toString();
    }

    public int priority(Operation operation) {
        return switch (operation) {
            case READ -> readPriority;
            case WRITE -> writePriority;
            case DELETE -> deletePriority;
            case THIRD_PARTY_COPY -> tpcPriority;
        };
    }

    /** The operations a protocol is ranked for. */
    public enum Operation {
        READ, WRITE, DELETE, THIRD_PARTY_COPY
    }
}
