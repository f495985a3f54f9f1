package io.sourcemark.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;

/**
 * The one writing connection of an open project, and its transactions.
 *
 * <p>The outermost call begins an immediate transaction (so it never fails half-way on a lock upgrade) and commits
 * it; nested calls join it through a savepoint, so a failing inner step can be undone without losing the outer work.
 */
final class Database implements AutoCloseable {

    private static final String SAVEPOINT = "sourcemark_nested";

    private final Path file;
    private final Connection connection;
    private final Clock clock;
    private int depth;

    Database(Path file, Connection connection, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.clock = clock;
    }

    Path file() {
        return file;
    }

    Instant now() {
        return clock.instant();
    }

    /** Runs {@code work} in a transaction, or inside the current one; {@code action} names it in error messages. */
    <T> T transaction(String action, SqlWork<T> work) {
        return run("BEGIN IMMEDIATE", action, work);
    }

    /** Like {@link #transaction}, for work that only reads: it sees one snapshot and takes no write lock. */
    <T> T read(String action, SqlWork<T> work) {
        return run("BEGIN DEFERRED", action, work);
    }

    private synchronized <T> T run(String begin, String action, SqlWork<T> work) {
        boolean outermost = depth == 0;
        try {
            execute(outermost ? begin : "SAVEPOINT " + SAVEPOINT);
        } catch (SQLException e) {
            throw failure(action, e);
        }
        depth++;
        T result;
        try {
            result = work.run(connection);
        } catch (SQLException e) {
            depth--;
            StoreException failure = failure(action, e);
            undo(outermost, failure);
            throw failure;
        } catch (RuntimeException | Error e) {
            depth--;
            undo(outermost, e);
            throw e;
        }
        depth--;
        try {
            execute(outermost ? "COMMIT" : "RELEASE " + SAVEPOINT);
        } catch (SQLException e) {
            StoreException failure = failure(action, e);
            undo(outermost, failure);
            throw failure;
        }
        return result;
    }

    synchronized int userVersion() {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.getInt(1);
        } catch (SQLException e) {
            throw failure("read the schema version", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close the project", e);
        }
    }

    StoreException failure(String action, SQLException cause) {
        return new StoreException("Could not " + action + " in the project " + file + ": " + cause.getMessage(),
                cause);
    }

    private void undo(boolean outermost, Throwable failure) {
        try {
            if (outermost) {
                execute("ROLLBACK");
            } else {
                execute("ROLLBACK TO " + SAVEPOINT);
                execute("RELEASE " + SAVEPOINT);
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
