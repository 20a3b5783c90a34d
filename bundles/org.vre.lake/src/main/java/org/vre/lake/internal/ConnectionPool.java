package org.vre.lake.internal;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.vre.core.VreException;

/**
 * A small pool of JDBC connections: opening one per call costs milliseconds on PostgreSQL and on an H2
 * server connection. Bounded, so a caller that forgets to close its streams gets a clear error, not a hang.
 */
final class ConnectionPool implements AutoCloseable {

    private final Driver driver;
    private final String url;
    private final Properties properties;
    private final int max;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private int open;
    private boolean closed;

    /** The driver is given, not looked up in DriverManager, which does not see other bundles inside OSGi. */
    ConnectionPool(Driver driver, String url, Properties properties, int max) {
        this.driver = driver;
        this.url = url;
        this.properties = properties;
        this.max = max;
    }

    synchronized Connection take() throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            if (closed) {
                throw new VreException("the catalogue is closed");
            }
            Connection c = idle.pollFirst();
            if (c != null) {
                if (c.isClosed()) {
                    open--;
                    continue;
                }
                return c;
            }
            if (open < max) {
                open++;
                try {
                    Connection fresh = driver.connect(url, properties);
                    if (fresh == null) {
                        throw new SQLException("the JDBC driver does not accept " + url);
                    }
                    return fresh;
                } catch (SQLException | RuntimeException e) {
                    open--;
                    throw e;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new VreException("all " + max + " catalogue connections are in use for 30 s: "
                        + "a stream from the catalogue was probably not closed");
            }
            try {
                wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new VreException("interrupted while waiting for a catalogue connection");
            }
        }
    }

    /** Returns a connection; a broken one (after an error) is closed instead of reused. */
    synchronized void give(Connection c, boolean healthy) {
        boolean keep = healthy && !closed;
        if (keep) {
            idle.addFirst(c);
        } else {
            open--;
            closeQuietly(c);
        }
        notifyAll();
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (Connection c : idle) {
            closeQuietly(c);
        }
        open -= idle.size();
        idle.clear();
        notifyAll();
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // the connection is being discarded; nothing more to do with it
        }
    }
}
