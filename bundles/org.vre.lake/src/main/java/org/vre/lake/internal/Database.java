package org.vre.lake.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.vre.core.VreException;
import org.vre.lake.LakeEvent;

/**
 * Transactions and streaming queries over the pool. A write that meets a lock conflict or deadlock with another
 * process is retried whole, which is safe because each unit of work is one transaction.
 */
public final class Database implements AutoCloseable {

    private static final int MAX_RETRIES = 12;
    private static final int FETCH_SIZE = 1000;

    private final ConnectionPool pool;
    private final Dialect dialect;
    private final Clock clock;
    private final EventLog eventLog;
    private final String description;

    public Database(String url, Properties properties, Clock clock, String description) {
        this.dialect = Dialect.ofUrl(url);
        this.pool = new ConnectionPool(dialect == Dialect.H2 ? new org.h2.Driver() : new org.postgresql.Driver(), url,
                dialect == Dialect.POSTGRESQL ? withoutJit(properties) : properties, 16);
        this.clock = clock;
        this.description = description;
        this.eventLog = new EventLog(this);
    }

    /**
     * The catalogue's queries are short index walks; PostgreSQL's JIT compiles any plan whose estimated cost is high
     * (a 100,000-file dataset's listing) and made the first row wait 160 ms for the compiler. Off unless the URL or
     * the properties already set server options.
     */
    private static Properties withoutJit(Properties properties) {
        Properties p = new Properties();
        p.putAll(properties);
        p.putIfAbsent("options", "-c jit=off");
        return p;
    }

    public Dialect dialect() {
        return dialect;
    }

    public Clock clock() {
        return clock;
    }

    public EventLog eventLog() {
        return eventLog;
    }

    /** Runs {@code work} in one transaction, retried on conflicts; events it queued are recorded with it. */
    public <T> T transaction(SqlFunction<T> work) {
        for (int attempt = 1;; attempt++) {
            Connection c = connect();
            boolean healthy = false;
            Tx tx = new Tx(c, dialect, clock.instant());
            try {
                c.setAutoCommit(false);
                T result = work.apply(tx);
                List<LakeEvent> recorded = eventLog.insert(tx);
                tx.recorded(recorded);
                c.commit();
                healthy = true;
                eventLog.publish(recorded);
                return result;
            } catch (SQLException e) {
                healthy = rollback(c);
                if (isConflict(e) && attempt < MAX_RETRIES) {
                    backOff(attempt);
                    continue;
                }
                throw storeError(e);
            } catch (RuntimeException e) {
                healthy = rollback(c);
                throw e;
            } finally {
                pool.give(c, healthy);
            }
        }
    }

    /** A read-only query as a lazily fetched stream; the connection is released when the stream ends or closes. */
    public <T> Stream<T> stream(String sql, RowMapper<T> mapper, Object... args) {
        Connection c = connect();
        PreparedStatement ps = null;
        ResultSet rs;
        try {
            c.setAutoCommit(false); // PostgreSQL only streams with a cursor inside a transaction
            ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(FETCH_SIZE);
            Tx.bind(ps, args);
            rs = ps.executeQuery();
        } catch (SQLException e) {
            closeQuietly(ps);
            pool.give(c, rollback(c));
            throw storeError(e);
        }
        Cursor<T> cursor = new Cursor<>(c, ps, rs, mapper);
        return StreamSupport.stream(cursor, false).onClose(cursor::close);
    }

    private final class Cursor<T> extends Spliterators.AbstractSpliterator<T> {
        private final Connection c;
        private final PreparedStatement ps;
        private final ResultSet rs;
        private final RowMapper<T> mapper;
        private boolean done;

        Cursor(Connection c, PreparedStatement ps, ResultSet rs, RowMapper<T> mapper) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.c = c;
            this.ps = ps;
            this.rs = rs;
            this.mapper = mapper;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            if (done) {
                return false;
            }
            try {
                if (!rs.next()) {
                    close();
                    return false;
                }
                action.accept(mapper.map(rs));
                return true;
            } catch (SQLException e) {
                close();
                throw storeError(e);
            }
        }

        synchronized void close() {
            if (done) {
                return;
            }
            done = true;
            closeQuietly(ps);
            pool.give(c, rollback(c));
        }
    }

    /**
     * Refreshes PostgreSQL's planner statistics after bulk loads: with stale ones it picks plans that scan from the
     * start of a big table, and the first row of a listing comes late. H2 keeps its own.
     */
    public void analyze() {
        if (dialect != Dialect.POSTGRESQL) {
            return;
        }
        Connection c = connect();
        boolean healthy = false;
        try (var s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("ANALYZE dids");
            s.execute("ANALYZE attachments");
            s.execute("ANALYZE did_meta");
            healthy = true;
        } catch (SQLException e) {
            // statistics are an optimisation; the data is committed already
        } finally {
            pool.give(c, healthy);
        }
    }

    /** A read in its own short transaction. */
    public <T> T read(SqlFunction<T> work) {
        Connection c = connect();
        boolean healthy = false;
        try {
            c.setAutoCommit(false);
            T result = work.apply(new Tx(c, dialect, clock.instant()));
            healthy = rollback(c);
            return result;
        } catch (SQLException e) {
            rollback(c);
            throw storeError(e);
        } catch (RuntimeException e) {
            healthy = rollback(c);
            throw e;
        } finally {
            pool.give(c, healthy);
        }
    }

    Connection connect() {
        try {
            return pool.take();
        } catch (SQLException e) {
            throw new VreException("cannot open the catalogue " + description + ": " + e.getMessage(), e);
        }
    }

    void release(Connection c, boolean healthy) {
        pool.give(c, healthy);
    }

    private VreException storeError(SQLException e) {
        return new VreException("catalogue " + description + " failed: " + e.getMessage(), e);
    }

    static boolean isConflict(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                String state = s.getSQLState();
                // 40001 serialization/deadlock, 40P01 PG deadlock, HYT00 H2 lock timeout, 90131 H2 concurrent update
                if ("40001".equals(state) || "40P01".equals(state) || "HYT00".equals(state)
                        || s.getErrorCode() == 90131 || s.getErrorCode() == 50200) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(Math.min(200, 5L << Math.min(attempt, 6)) + (long) (Math.random() * 20));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new VreException("interrupted while retrying a catalogue write");
        }
    }

    private static boolean rollback(Connection c) {
        try {
            if (!c.isClosed() && !c.getAutoCommit()) {
                c.rollback();
            }
            return !c.isClosed();
        } catch (SQLException e) {
            return false;
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception e) {
                // releasing a statement; the connection is checked on return to the pool
            }
        }
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        pool.close();
    }
}
