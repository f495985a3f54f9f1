package io.sourcemark.store;

import io.sourcemark.store.ProjectOpenException.Reason;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * What the content of a project file must be before Sourcemark writes to it: Sourcemark's application id, a schema
 * version this build knows, the schema of that version, and pages that pass SQLite's integrity check.
 */
final class ProjectContentCheck {

    private static final int DIFFERENCES_SHOWN = 5;

    private ProjectContentCheck() {
    }

    /**
     * Reads {@code file} where it is, as it is on disk: logs beside it are ignored (the caller checks files with a
     * log through {@link RecoveredCopy}), no lock is taken and nothing is created beside it.
     */
    static void checkInPlace(Path file) throws ProjectOpenException {
        try (Connection connection = readOnly(file, "immutable=1")) {
            check(file, connection);
        } catch (SQLException e) {
            throw ProjectFiles.refusal(file, e);
        }
    }

    static Connection readOnly(Path file, String parameters) throws SQLException {
        var config = ProjectUri.config();
        config.setReadOnly(true);
        return config.createConnection(ProjectUri.of(file, parameters));
    }

    /**
     * @param file       the project as the analyst named it, for messages
     * @param connection a connection to it, or to a copy of it
     */
    static void check(Path file, Connection connection) throws ProjectOpenException, SQLException {
        try (Statement statement = connection.createStatement()) {
            int applicationId = intPragma(statement, "application_id");
            int version = intPragma(statement, "user_version");
            if (applicationId != Migrations.APPLICATION_ID) {
                throw refused(file, Reason.NOT_A_PROJECT, "is a database of another program, not a Sourcemark "
                        + "project. Open a project file, or create a new one.");
            }
            if (version > Migrations.latestVersion()) {
                throw refused(file, Reason.NEWER_VERSION, "was saved by a newer version of Sourcemark (schema "
                        + version + "; this version knows up to " + Migrations.latestVersion()
                        + "). Update Sourcemark to open it.");
            }
            if (version < 1) {
                throw refused(file, Reason.CORRUPT, "is damaged: it was never completely set up. "
                        + "Open a backup copy of the project.");
            }
            try (ResultSet check = statement.executeQuery("PRAGMA quick_check(1)")) {
                String result = check.getString(1);
                if (!"ok".equals(result)) {
                    throw refused(file, Reason.CORRUPT, "is damaged (integrity check: "
                            + result.replace('\n', ' ') + "). Open a backup copy of the project.");
                }
            }
            List<String> differences = ProjectSchema.differences(connection, version);
            if (!differences.isEmpty()) {
                throw refused(file, Reason.CORRUPT, "is not a whole Sourcemark project: its tables are not those "
                        + "of schema version " + version + " (" + shown(differences) + "). Another program may "
                        + "have changed it. Open a backup copy of the project.");
            }
        }
    }

    private static String shown(List<String> differences) {
        String listed = String.join(", ", differences.subList(0, Math.min(DIFFERENCES_SHOWN, differences.size())));
        int more = differences.size() - DIFFERENCES_SHOWN;
        return more > 0 ? listed + " and " + more + " more" : listed;
    }

    private static int intPragma(Statement statement, String name) throws SQLException {
        try (ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            return rows.getInt(1);
        }
    }

    static ProjectOpenException refused(Path file, Reason reason, String what) {
        return new ProjectOpenException(file, reason, "The file " + file + " " + what, null);
    }
}
