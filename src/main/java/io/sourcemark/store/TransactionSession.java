package io.sourcemark.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;

/**
 * The session of one open transaction on one connection: the writer's, or a reader's snapshot. Calls that write run
 * in a savepoint, so that a failing call (a constraint refused) is undone without losing the rest of the transaction.
 */
final class TransactionSession implements Session {

    private static final String SAVEPOINT = "sourcemark_call";

    private final Path file;
    private final Connection connection;
    private final StatementCache statements;
    private final Clock clock;

    TransactionSession(Path file, Connection connection, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.statements = new StatementCache(connection);
        this.clock = clock;
    }

    /** Closes the statements this session prepared; the connection stays open. */
    void closeStatements() throws SQLException {
        statements.close();
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    Connection connection() {
        return connection;
    }

    @Override
    public <T> T write(String action, SqlWork<T> work) {
        try {
            execute("SAVEPOINT " + SAVEPOINT);
        } catch (SQLException e) {
            throw StoreFailures.of(file, action, e);
        }
        T result;
        try {
            result = work.run(statements.connection());
        } catch (SQLException e) {
            StoreException failure = StoreFailures.of(file, action, e);
            rollBack(failure);
            throw failure;
        } catch (RuntimeException | Error e) {
            rollBack(e);
            throw e;
        }
        try {
            execute("RELEASE " + SAVEPOINT);
        } catch (SQLException e) {
            throw StoreFailures.of(file, action, e);
        }
        return result;
    }

    @Override
    public <T> T read(String action, SqlWork<T> work) {
        try {
            return work.run(statements.connection());
        } catch (SQLException e) {
            throw StoreFailures.of(file, action, e);
        }
    }

    void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void rollBack(Throwable failure) {
        try {
            execute("ROLLBACK TO " + SAVEPOINT);
            execute("RELEASE " + SAVEPOINT);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
