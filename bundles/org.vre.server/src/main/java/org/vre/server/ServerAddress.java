package org.vre.server;

import org.vre.core.VreException;

/** Where the server listens: {@code host:port}; loopback by default so nothing is exposed by accident. */
public record ServerAddress(String host, int port) {

    public static final ServerAddress DEFAULT = new ServerAddress("127.0.0.1", 8080);

    public ServerAddress {
        if (port < 0 || port > 65535) {
            throw new VreException("server address: port " + port + " is outside 0..65535");
        }
    }

    /** Parses {@code host:port}, {@code [v6]:port} or {@code :port}. */
    public static ServerAddress parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            throw new VreException("server address '" + text + "': expected host:port, e.g. 127.0.0.1:8080");
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        try {
            return new ServerAddress(host.isEmpty() ? DEFAULT.host() : host, Integer.parseInt(text.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new VreException("server address '" + text + "': port is not a number");
        }
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
