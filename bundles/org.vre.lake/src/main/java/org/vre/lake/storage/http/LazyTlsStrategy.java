package org.vre.lake.storage.http;

import java.io.IOException;
import java.net.Socket;

import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.vre.lake.storage.TlsTrust;

/**
 * Builds the TLS strategy on the first https connection, so plain-http use never needs a CA directory.
 * Host names are verified by httpclient's default verifier (subject alternative names).
 */
final class LazyTlsStrategy implements TlsSocketStrategy {

    private final TlsTrust trust;
    private DefaultClientTlsStrategy delegate;

    LazyTlsStrategy(TlsTrust trust) {
        this.trust = trust;
    }

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
            throws IOException {
        return delegate().upgrade(socket, target, port, attachment, context);
    }

    private synchronized DefaultClientTlsStrategy delegate() {
        if (delegate == null) {
            delegate = new DefaultClientTlsStrategy(trust.sslContext());
        }
        return delegate;
    }
}
