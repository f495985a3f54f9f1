package io.sourcemark.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one thread that writes to a project (SQLite has one writer). Transactions wait in a priority queue: the
 * analyst's actions go before queued background work, so an action waits at most for the one background
 * transaction already running. Every transaction is written under an undo step, or none.
 */
final class Writer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Writer.class.getName());

    private final Path file;
    private final Connection connection;
    private final TransactionSession session;
    private final PriorityBlockingQueue<Task<?>> queue = new PriorityBlockingQueue<>();
    private final AtomicLong order = new AtomicLong();
    private final Thread thread;
    private boolean closing;

    Writer(Path file, Connection connection, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.session = new TransactionSession(file, connection, clock);
        this.thread = new Thread(this::loop, "sourcemark-writer " + file.getFileName());
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> LOG.log(Level.SEVERE, "The project writer stopped", e));
        thread.start();
    }

    /**
     * Runs {@code work} in one transaction on the writer thread and waits for it to commit. {@code stepId} is the undo
     * step its rows are recorded under, or null. Called on the writer thread itself (from inside a transaction), the
     * work joins the running transaction.
     */
    <T> T run(Priority priority, Long stepId, String action, SessionWork<T> work) {
        if (Thread.currentThread() == thread) {
            try {
                return work.run(session);
            } catch (SQLException e) {
                throw StoreFailures.of(file, action, e);
            }
        }
        Task<T> task = new Task<>(priority, order.incrementAndGet(), stepId, action, work);
        synchronized (this) {
            if (closing) {
                throw new StoreException("Could not " + action + ": the project " + file + " is closed.", null);
            }
            queue.add(task);
        }
        try {
            return task.result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    boolean isWriterThread() {
        return Thread.currentThread() == thread;
    }

    /** The session of the running transaction; only on the writer thread. */
    TransactionSession session() {
        return session;
    }

    private void loop() {
        while (true) {
            Task<?> task;
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (task.work == null) {
                return; // the end marker of close(): every task before it ran
            }
            execute(task);
        }
    }

    private <T> void execute(Task<T> task) {
        try {
            session.execute("BEGIN IMMEDIATE");
        } catch (SQLException e) {
            task.result.completeExceptionally(StoreFailures.of(file, task.action, e));
            return;
        }
        try {
            record(task.stepId);
            T result = task.work.run(session);
            record(null);
            session.execute("COMMIT");
            task.result.complete(result);
        } catch (SQLException e) {
            rollBack(task, StoreFailures.of(file, task.action, e));
        } catch (RuntimeException | Error e) {
            rollBack(task, e);
        }
    }

    private void record(Long stepId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE undo_recording SET step_id = ? WHERE only = 1")) {
            Rows.setLong(update, 1, stepId);
            update.executeUpdate();
        }
    }

    private void rollBack(Task<?> task, Throwable failure) {
        try {
            session.execute("ROLLBACK");
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
        task.result.completeExceptionally(failure);
    }

    /** Lets every queued transaction finish, then stops the thread and closes the connection. */
    @Override
    public void close() {
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
            queue.add(new Task<>(Priority.BACKGROUND, Long.MAX_VALUE, null, "close", null));
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            session.closeStatements();
            connection.close();
        } catch (SQLException e) {
            throw StoreFailures.of(file, "close the project", e);
        }
    }

    private static final class Task<T> implements Comparable<Task<?>> {
        private final Priority priority;
        private final long order;
        private final Long stepId;
        private final String action;
        private final SessionWork<T> work;
        private final CompletableFuture<T> result = new CompletableFuture<>();

        Task(Priority priority, long order, Long stepId, String action, SessionWork<T> work) {
            this.priority = priority;
            this.order = order;
            this.stepId = stepId;
            this.action = action;
            this.work = work;
        }

        @Override
        public int compareTo(Task<?> other) {
            int byPriority = priority.compareTo(other.priority);
            return byPriority != 0 ? byPriority : Long.compare(order, other.order);
        }
    }
}
