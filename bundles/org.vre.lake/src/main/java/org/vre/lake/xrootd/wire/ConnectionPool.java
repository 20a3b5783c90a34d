package org.vre.lake.xrootd.wire;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.vre.lake.xrootd.XrootdClientConfig;
import org.vre.lake.xrootd.XrootdException;
import org.vre.lake.xrootd.XrootdException.Kind;

/**
 * A few logged-in connections per host:port, shared by every caller: requests are multiplexed, so a caller
 * takes the least busy connection and opens another only while each carries a full pipeline of requests
 * (a running transfer) and the limit allows.
 * A watchdog drops connections whose writes stall (the server stopped reading) and closes idle ones.
 */
public final class ConnectionPool implements Closeable {
    private static final long IDLE_LIMIT_NANOS = TimeUnit.MINUTES.toNanos(2);

    private final XrootdClientConfig config;
    private final Map<Endpoint, List<Connection>> connections = new HashMap<>();
    private final ScheduledExecutorService watchdog;
    private boolean closed;

    public ConnectionPool(XrootdClientConfig config) {
        this.config = config;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "xrootd-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        watchdog.scheduleWithFixedDelay(this::checkHealth, 1, 1, TimeUnit.SECONDS);
    }

    /** A usable connection to {@code endpoint}, opening one when needed. */
    public Connection acquire(Endpoint endpoint) {
        synchronized (this) {
            if (closed) {
                throw new XrootdException(Kind.CONNECTION, "the XRootD client is closed");
            }
            List<Connection> list = connections.computeIfAbsent(endpoint, e -> new ArrayList<>());
            list.removeIf(c -> !c.isUsable());
            Connection best = null;
            for (Connection candidate : list) {
                if (best == null || candidate.inFlight() < best.inFlight()) {
                    best = candidate;
                }
            }
            if (best != null && (best.inFlight() < config.pipelineDepth()
                    || list.size() >= config.connectionsPerServer())) {
                return best;
            }
        }
        // Connect outside the lock: one slow server must not block requests to the others.
        Connection fresh = Connection.open(endpoint, config);
        synchronized (this) {
            if (closed) {
                fresh.close();
                throw new XrootdException(Kind.CONNECTION, "the XRootD client is closed");
            }
            connections.computeIfAbsent(endpoint, e -> new ArrayList<>()).add(fresh);
        }
        return fresh;
    }

    /** Connections currently held for {@code endpoint} (for tests and diagnostics). */
    public synchronized int size(Endpoint endpoint) {
        List<Connection> list = connections.get(endpoint);
        return list == null ? 0 : (int) list.stream().filter(Connection::isUsable).count();
    }

    private void checkHealth() {
        List<Connection> toClose = new ArrayList<>();
        long stallLimit = config.requestTimeout().toNanos();
        synchronized (this) {
            for (List<Connection> list : connections.values()) {
                for (Connection c : list) {
                    if (c.writeStalledFor(stallLimit) || c.idleNanos() > IDLE_LIMIT_NANOS) {
                        toClose.add(c);
                    }
                }
                list.removeAll(toClose);
            }
        }
        for (Connection c : toClose) {
            if (c.writeStalledFor(stallLimit)) {
                c.fail(new XrootdException(Kind.TIMEOUT, c.endpoint() + " stopped accepting data for "
                        + config.requestTimeout().toSeconds() + " s"));
            } else {
                c.close();
            }
        }
    }

    @Override
    public void close() {
        List<Connection> all = new ArrayList<>();
        synchronized (this) {
            closed = true;
            connections.values().forEach(all::addAll);
            connections.clear();
        }
        all.forEach(Connection::close);
        watchdog.shutdownNow();
    }
}
