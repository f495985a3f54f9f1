package io.sourcemark.store;

import io.sourcemark.store.ProjectOpenException.Reason;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Decides, without writing a byte, whether a file can be opened as a project: first from its header, then through a
 * read-only connection that creates no journal files beside it.
 */
final class ProjectFileInspector {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_LENGTH = 100;

    private ProjectFileInspector() {
    }

    /** True when {@code file} is to become a new project; false when it is an existing project fit to open. */
    static boolean isNewProject(Path file) throws ProjectOpenException {
        if (Files.isDirectory(file)) {
            throw refused(file, Reason.NOT_A_PROJECT, "is a folder, not a project file. Choose a .sourcemark file.");
        }
        // a project killed before its first checkpoint may keep everything in its write-ahead log
        boolean hasLog = sizeOf(file, ProjectFiles.writeAheadLog(file)) > 0;
        long size = Files.exists(file) ? sizeOf(file, file) : 0;
        if (size == 0 && !hasLog) {
            return true;
        }
        if (size > 0) {
            checkHeader(file, size, readHeader(file), hasLog);
        }
        checkContent(file, hasLog);
        if (!Files.isWritable(file)) {
            throw refused(file, Reason.INACCESSIBLE, "is read-only. Allow writing to it, or copy it to a folder of "
                    + "yours and open the copy.");
        }
        return false;
    }

    private static void checkHeader(Path file, long size, byte[] header, boolean hasLog) throws ProjectOpenException {
        if (header.length < MAGIC.length || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw refused(file, Reason.NOT_A_PROJECT, "is not a Sourcemark project (it is not a database at all). "
                    + "To read an article, import it into a project instead.");
        }
        if (header.length < HEADER_LENGTH) {
            throw refused(file, Reason.CORRUPT, "is damaged: it is cut off after " + size + " bytes. "
                    + "Open a backup copy of the project.");
        }
        ByteBuffer fields = ByteBuffer.wrap(header);
        int pageSize = fields.getShort(16) == 1 ? 65536 : Short.toUnsignedInt(fields.getShort(16));
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1 || size % pageSize != 0) {
            throw refused(file, Reason.CORRUPT, "is damaged: it is cut off or padded (" + size
                    + " bytes are not a whole number of pages). Open a backup copy of the project.");
        }
        long pages = Integer.toUnsignedLong(fields.getInt(28));
        boolean pageCountValid = fields.getInt(24) == fields.getInt(92);
        // with a write-ahead log beside it the file may legitimately lag behind its header
        if (!hasLog && pageCountValid && size < pages * pageSize) {
            throw refused(file, Reason.CORRUPT, "is damaged: it is cut off (" + size + " of " + pages * pageSize
                    + " bytes). Open a backup copy of the project.");
        }
    }

    private static void checkContent(Path file, boolean hasLog) throws ProjectOpenException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        // immutable: no locks, no -shm; with a log present it must be read, which needs the shared-memory index
        String url = "jdbc:sqlite:" + file.toUri() + (hasLog ? "?mode=ro" : "?immutable=1");
        try (Connection connection = config.createConnection(url);
             Statement statement = connection.createStatement()) {
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
        } catch (SQLException e) {
            throw ProjectFiles.refusal(file, e);
        }
    }

    private static int intPragma(Statement statement, String name) throws SQLException {
        try (ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            return rows.getInt(1);
        }
    }

    private static byte[] readHeader(Path file) throws ProjectOpenException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEADER_LENGTH);
        } catch (AccessDeniedException e) {
            throw new ProjectOpenException(file, Reason.INACCESSIBLE, "The project " + file + " cannot be read: "
                    + "permission denied. Ask for access to it, or open a copy.", e);
        } catch (IOException e) {
            throw new ProjectOpenException(file, Reason.INACCESSIBLE, "The project " + file + " cannot be read ("
                    + e.getMessage() + "). Check that the disk or share is available.", e);
        }
    }

    private static long sizeOf(Path project, Path file) throws ProjectOpenException {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new ProjectOpenException(project, Reason.INACCESSIBLE, "The project " + project
                    + " cannot be read (" + e.getMessage() + "). Check that the disk or share is available.", e);
        }
    }

    private static ProjectOpenException refused(Path file, Reason reason, String what) {
        return new ProjectOpenException(file, reason, "The file " + file + " " + what, null);
    }
}
