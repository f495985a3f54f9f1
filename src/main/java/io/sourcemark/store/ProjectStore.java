package io.sourcemark.store;

import io.sourcemark.store.ProjectOpenException.Reason;
import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One open project file: one writer thread that owns the write connection, and read-only connections for queries.
 * Every change is one undo step ({@link #change}, {@link #begin}); once it returns, it survives a crash of the
 * application.
 */
public final class ProjectStore implements AutoCloseable {

    private static final int BUSY_TIMEOUT_MILLIS = 5000;

    private final Path file;
    private final Writer writer;
    private final Readers readers;
    private final Repositories oneCall;

    private ProjectStore(Path file, Connection writeConnection, Clock clock) {
        this.file = file;
        this.writer = new Writer(file, writeConnection, clock);
        this.readers = new Readers(file, clock, readOnly -> connect(file, readOnly));
        this.oneCall = new Repositories(new OneCallSession(file, clock, writer, readers));
    }

    /**
     * Does ahead what the first project opened would do first, on a thread of its own while the window starts: loads
     * SQLite's native library (kept in {@code cacheDir}, see {@link NativeSqlite}), makes a first connection and
     * builds the schema a project must hold. A failure here is only a missed speed-up: the opening reports it.
     */
    public static void warmUp(Path cacheDir) {
        try {
            NativeSqlite.loadFrom(cacheDir);
            try (Connection memory = new SQLiteConfig().createConnection("jdbc:sqlite::memory:")) {
                ProjectSchema.differences(memory, Migrations.latestVersion());
            }
        } catch (Exception | LinkageError e) {
            Logger.getLogger(ProjectStore.class.getName()).log(Level.FINE, "SQLite not loaded ahead", e);
        }
    }

    /**
     * Opens an existing project or creates a new one (file missing or zero bytes). Refuses, without changing a byte
     * or creating a file beside it: anything but a regular file, a non-SQLite file, an SQLite file without
     * Sourcemark's application id, a newer schema, a schema that is not its version's, a corrupt file.
     */
    public static ProjectStore open(Path file) throws ProjectOpenException {
        return open(file, Clock.systemUTC());
    }

    static ProjectStore open(Path file, Clock clock) throws ProjectOpenException {
        Path project = file.toAbsolutePath().normalize();
        if (ProjectFileInspector.isNewProject(project)) {
            PrivateFiles.createProjectFile(project);
        }
        Connection connection = openConnection(project);
        try {
            // before the switch to WAL, a new project is created under a rollback journal: killed half-way, the
            // file is still empty instead of an unmarked database that would be refused as another program's
            Migrations.migrate(connection);
            useWriteAheadLog(project, connection);
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw ProjectFiles.refusal(project, e);
        } catch (ProjectOpenException e) {
            closeQuietly(connection, e);
            throw e;
        }
        ProjectStore store = new ProjectStore(project, connection, clock);
        store.writer.run(Priority.ACTION, null, "open the history of changes", session -> {
            UndoLog.endInterrupted(session);
            return null;
        });
        return store;
    }

    public Path file() {
        return file;
    }

    /** The schema version of the project ({@code PRAGMA user_version}). */
    public int schemaVersion() {
        return readers.read("read the schema version", session -> Migrations.userVersion(session.connection()));
    }

    /** Runs read-only work on one consistent snapshot of the project, on the calling thread. */
    public <T> T read(Function<Repositories, T> work) {
        return readers.read("read the project", session -> work.apply(new Repositories(session)));
    }

    /**
     * Runs {@code work} as one transaction on the writer and records it as one undo step named {@code label}; waits
     * for it to commit. An exception rolls everything back and records nothing.
     */
    public <T> T change(Priority priority, String label, Function<Repositories, T> work) {
        return writer.run(priority, null, label, session -> {
            long step = UndoLog.begin(session, label);
            UndoLog.record(session, step);
            Repositories repositories = new Repositories(session);
            T result = work.apply(repositories);
            UndoLog.record(session, null);
            UndoLog.finish(session, step, repositories.labelOr(label), repositories.focus());
            return result;
        });
    }

    /** Starts a change written in several transactions; close it to end the step. */
    public RunningChange begin(Priority priority, String label) {
        long step = writer.run(priority, null, "start “" + label + "”", session -> UndoLog.begin(session, label));
        return new RunningChange(writer, priority, step, label);
    }

    /** Reverses the latest change; empty when there is none. */
    public Optional<Replayed> undo() {
        return replay("DONE", "UNDONE", "undone");
    }

    /** Applies again the latest undone change; empty when there is none. */
    public Optional<Replayed> redo() {
        return replay("UNDONE", "DONE", "redone");
    }

    /** What undo would reverse next ("Accept suggestion"). */
    public Optional<String> undoLabel() {
        return readers.read("read the history of changes", session -> UndoLog.nextLabel(session, "DONE"));
    }

    /** What redo would apply again next. */
    public Optional<String> redoLabel() {
        return readers.read("read the history of changes", session -> UndoLog.nextLabel(session, "UNDONE"));
    }

    private Optional<Replayed> replay(String from, String to, String done) {
        try {
            return writer.run(Priority.ACTION, null, "replay the history of changes",
                    session -> UndoLog.replay(session, from, to));
        } catch (UndoConflictException e) {
            String row = readers.read("describe a change", session -> RowDescriptions.describe(session,
                    e.conflict().table(), e.conflict().rowId()));
            String by = e.conflict().laterLabel() == null ? "another program" : "“" + e.conflict().laterLabel() + "”";
            throw new UndoRefusedException("“" + e.stepLabel() + "” cannot be " + done + ": " + row
                    + " was changed since by " + by + ". Nothing was changed.", e);
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && (sql.getErrorCode() & 0xFF) == SQLITE_CONSTRAINT) {
                throw new UndoRefusedException("The last change cannot be " + done + ": a later change removed or "
                        + "took the place of something it needs (" + sql.getMessage() + "). Nothing was changed.", e);
            }
            throw e;
        }
    }

    private static final int SQLITE_CONSTRAINT = 19;

    // One call at a time, for the store's own tests (see OneCallSession).

    ArticleRepository articles() {
        return oneCall.articles();
    }

    AnnotationRepository annotations() {
        return oneCall.annotations();
    }

    SpeakerRepository speakers() {
        return oneCall.speakers();
    }

    TagRepository tags() {
        return oneCall.tags();
    }

    LinkRepository links() {
        return oneCall.links();
    }

    EvidenceRepository evidence() {
        return oneCall.evidence();
    }

    SearchRepository search() {
        return oneCall.search();
    }

    StatisticsRepository statistics() {
        return oneCall.statistics();
    }

    /** Runs {@code work} as one transaction under no undo step: all its calls are committed together, or none. */
    <T> T inTransaction(Supplier<T> work) {
        return writer.run(Priority.ACTION, null, "save the change", session -> work.get());
    }

    void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Lets queued changes commit, then closes every connection, the writer's last: only a connection that may write
     * folds the write-ahead log into the file and removes it, so the file is whole without its log.
     */
    @Override
    public void close() {
        try {
            readers.close();
        } finally {
            writer.close();
        }
    }

    private static Connection openConnection(Path file) throws ProjectOpenException {
        try {
            return connect(file, false);
        } catch (SQLException e) {
            throw ProjectFiles.refusal(file, e);
        }
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = ProjectUri.config();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setReadOnly(readOnly);
        // the file exists by now: if it went away since it was inspected, SQLite must not make another
        return config.createConnection(ProjectUri.of(file, readOnly ? "mode=ro" : "mode=rw"));
    }

    private static void useWriteAheadLog(Path file, Connection connection) throws SQLException, ProjectOpenException {
        try (Statement statement = connection.createStatement();
             ResultSet mode = statement.executeQuery("PRAGMA journal_mode = WAL")) {
            if (!"wal".equalsIgnoreCase(mode.getString(1))) {
                throw new ProjectOpenException(file, Reason.INACCESSIBLE, "The project " + file + " cannot be "
                        + "opened safely here: its folder does not support write-ahead logging. Copy it to a local "
                        + "folder and open the copy.", null);
            }
        }
    }

    private static void closeQuietly(Connection connection, Exception primary) {
        try {
            connection.close();
        } catch (SQLException e) {
            primary.addSuppressed(e);
        }
    }
}
