package org.vre.server;

import java.io.IOException;
import java.net.BindException;
import java.util.logging.Logger;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.vre.core.VreException;

/** The HTTP side of the headless server; plain Java so tests run it without OSGi. */
public final class VreServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(VreServer.class.getName());

    private final Server jetty;
    private final ServerConnector connector;

    private VreServer(Server jetty, ServerConnector connector) {
        this.jetty = jetty;
        this.connector = connector;
    }

    /** Starts listening; a taken port is a clear error, never a half-started server. */
    public static VreServer start(ServerAddress address) {
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(address.host());
        connector.setPort(address.port());
        jetty.addConnector(connector);
        jetty.setHandler(new PingHandler());
        jetty.setStopAtShutdown(false);
        try {
            jetty.start();
        } catch (Exception e) {
            stopQuietly(jetty);
            if (isBindFailure(e)) {
                throw new VreException("cannot listen on " + address + ": the address is already in use"
                        + " (another vre-server?); choose another with --address HOST:PORT", e);
            }
            throw new VreException("cannot start the server on " + address + ": " + e.getMessage(), e);
        }
        LOG.info(() -> "listening on " + address.host() + ":" + connector.getLocalPort());
        return new VreServer(jetty, connector);
    }

    /** The bound port: differs from the requested one when that was 0. */
    public int port() {
        return connector.getLocalPort();
    }

    public void join() throws InterruptedException {
        jetty.join();
    }

    @Override
    public void close() {
        stopQuietly(jetty);
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException || (t instanceof IOException && String.valueOf(t.getMessage()).contains("Failed to bind"))) {
                return true;
            }
        }
        return false;
    }

    private static void stopQuietly(Server jetty) {
        try {
            jetty.stop();
        } catch (Exception e) {
            LOG.warning("error while stopping: " + e);
        }
    }
}
