package io.sourcemark.store;

import io.sourcemark.store.ProjectOpenException.Reason;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/** The files SQLite keeps beside a project, and what its errors mean to an analyst opening one. */
final class ProjectFiles {

    private static final int SQLITE_PERM = 3;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_AUTH = 23;
    private static final int SQLITE_NOTADB = 26;

    private ProjectFiles() {
    }

    static Path writeAheadLog(Path file) {
        return file.resolveSibling(file.getFileName() + "-wal");
    }

    static Path sharedMemory(Path file) {
        return file.resolveSibling(file.getFileName() + "-shm");
    }

    /** The journal of a save in progress (or interrupted) while the file is not in write-ahead mode. */
    static Path rollbackJournal(Path file) {
        return file.resolveSibling(file.getFileName() + "-journal");
    }

    /** The logs SQLite reads back when it opens the file: what a crash or a save in progress leaves beside it. */
    static List<Path> logs(Path file) {
        return List.of(writeAheadLog(file), rollbackJournal(file));
    }

    /** Every file SQLite may open or create beside the project. */
    static List<Path> neighbours(Path file) {
        return List.of(writeAheadLog(file), sharedMemory(file), rollbackJournal(file));
    }

    /** Translates an SQLite failure while opening {@code file} into a refusal an analyst can act on. */
    static ProjectOpenException refusal(Path file, SQLException e) {
        String prefix = "The project " + file + " ";
        return switch (e.getErrorCode() & 0xFF) {
            case SQLITE_CORRUPT, SQLITE_NOTADB -> new ProjectOpenException(file, Reason.CORRUPT,
                    prefix + "is damaged (" + e.getMessage() + "). Open a backup copy of the project.", e);
            case SQLITE_BUSY, SQLITE_LOCKED -> new ProjectOpenException(file, Reason.INACCESSIBLE,
                    prefix + "is busy in another program. Close it there and try again.", e);
            case SQLITE_PERM, SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_AUTH -> new ProjectOpenException(file,
                    Reason.INACCESSIBLE, prefix + "cannot be opened for writing (" + e.getMessage() + "). Check that "
                    + "you may write to the file and its folder.", e);
            case SQLITE_IOERR, SQLITE_FULL -> new ProjectOpenException(file, Reason.INACCESSIBLE,
                    prefix + "cannot be read or written (" + e.getMessage() + "). Check the disk: space, "
                    + "permissions, connection.", e);
            default -> new ProjectOpenException(file, Reason.CORRUPT,
                    prefix + "cannot be opened (" + e.getMessage() + "). Open a backup copy of the project.", e);
        };
    }
}
