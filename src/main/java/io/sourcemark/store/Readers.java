package io.sourcemark.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Read-only connections for queries (the library, an article, search, statistics, reports). Write-ahead logging
 * lets them read a consistent snapshot while the writer writes; each read is one transaction, so it sees one state.
 * Connections are opened when first needed and kept for the next read.
 */
final class Readers implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Readers.class.getName());

    /** Connections kept open when idle; more may be opened while many threads read at once. */
    private static final int KEPT = 4;

    private final Path file;
    private final Clock clock;
    private final ConnectionFactory factory;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private final List<Connection> all = new ArrayList<>();
    private boolean closed;

    Readers(Path file, Clock clock, ConnectionFactory factory) {
        this.file = file;
        this.clock = clock;
        this.factory = factory;
    }

    <T> T read(String action, SessionWork<T> work) {
        Connection connection = borrow(action);
        TransactionSession session = new TransactionSession(file, connection, clock);
        boolean healthy = false;
        try {
            session.execute("BEGIN DEFERRED");
            try {
                T result = work.run(session);
                healthy = true;
                return result;
            } finally {
                session.closeStatements();
                session.execute("COMMIT");
            }
        } catch (SQLException e) {
            throw StoreFailures.of(file, action, e);
        } finally {
            giveBack(connection, healthy);
        }
    }

    private synchronized Connection borrow(String action) {
        if (closed) {
            throw new StoreException("Could not " + action + ": the project " + file + " is closed.", null);
        }
        Connection connection = idle.pollFirst();
        if (connection != null) {
            return connection;
        }
        try {
            connection = factory.open(true);
        } catch (SQLException e) {
            throw StoreFailures.of(file, action, e);
        }
        all.add(connection);
        return connection;
    }

    private synchronized void giveBack(Connection connection, boolean healthy) {
        if (!closed && healthy && idle.size() < KEPT) {
            idle.addFirst(connection);
            return;
        }
        all.remove(connection);
        try {
            connection.close();
        } catch (SQLException e) {
            // a reader that fails to close holds no lock and no data: nothing to tell the analyst
            LOG.log(Level.FINE, "A read-only connection did not close cleanly", e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (Connection connection : all) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw StoreFailures.of(file, "close the project", e);
            }
        }
        all.clear();
        idle.clear();
    }

    /** Opens a connection to the project: read-only for readers. */
    @FunctionalInterface
    interface ConnectionFactory {
        Connection open(boolean readOnly) throws SQLException;
    }
}
