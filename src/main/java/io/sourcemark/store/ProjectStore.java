package io.sourcemark.store;

import io.sourcemark.store.ProjectOpenException.Reason;
import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * One open project file. Every repository call is its own transaction unless made inside
 * {@link #inTransaction(Supplier)}; once a call returns, its change survives a crash of the application.
 */
public final class ProjectStore implements AutoCloseable {

    private static final int BUSY_TIMEOUT_MILLIS = 5000;

    private final Database database;
    private final ArticleRepository articles;
    private final AnnotationRepository annotations;
    private final SpeakerRepository speakers;
    private final TagRepository tags;
    private final LinkRepository links;
    private final EvidenceRepository evidence;
    private final SearchRepository search;

    private ProjectStore(Database database) {
        this.database = database;
        this.articles = new ArticleRepository(database);
        this.annotations = new AnnotationRepository(database);
        this.speakers = new SpeakerRepository(database);
        this.tags = new TagRepository(database);
        this.links = new LinkRepository(database);
        this.evidence = new EvidenceRepository(database);
        this.search = new SearchRepository(database);
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
        Connection connection = connect(project);
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
        return new ProjectStore(new Database(project, connection, clock));
    }

    public Path file() {
        return database.file();
    }

    /** The schema version of the project ({@code PRAGMA user_version}). */
    public int schemaVersion() {
        return database.userVersion();
    }

    /** Runs {@code work} as one transaction: all its store calls are committed together, or none on an exception. */
    public <T> T inTransaction(Supplier<T> work) {
        return database.transaction("save the change", connection -> work.get());
    }

    public void inTransaction(Runnable work) {
        database.transaction("save the change", connection -> {
            work.run();
            return null;
        });
    }

    public ArticleRepository articles() {
        return articles;
    }

    public AnnotationRepository annotations() {
        return annotations;
    }

    public SpeakerRepository speakers() {
        return speakers;
    }

    public TagRepository tags() {
        return tags;
    }

    public LinkRepository links() {
        return links;
    }

    public EvidenceRepository evidence() {
        return evidence;
    }

    public SearchRepository search() {
        return search;
    }

    @Override
    public void close() {
        database.close();
    }

    private static Connection connect(Path file) throws ProjectOpenException {
        SQLiteConfig config = ProjectUri.config();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        try {
            // the file exists by now: if it went away since it was inspected, SQLite must not make another
            return config.createConnection(ProjectUri.of(file, "mode=rw"));
        } catch (SQLException e) {
            throw ProjectFiles.refusal(file, e);
        }
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
