package io.sourcemark.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/** The one wording of a failed database call, naming the project, what was being done and, in words, why. */
final class StoreFailures {

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_FULL = 13;

    private StoreFailures() {
    }

    static StoreException of(Path file, String action, SQLException cause) {
        String done = action.isEmpty() ? action : action.substring(0, 1).toLowerCase(Locale.ROOT) + action.substring(1);
        String why = reason(cause);
        return new StoreException("Could not " + done + " in the project " + file + ": " + why, why, cause);
    }

    /** SQLite's error said as what it means to the analyst, with SQLite's own words after it. */
    static String reason(SQLException cause) {
        String why = switch (cause.getErrorCode() & 0xFF) {
            case SQLITE_FULL -> "the disk is full. Free some space and do it again; what was saved before stays";
            case SQLITE_BUSY, SQLITE_LOCKED -> "another program is writing to the project. Close it there and do it "
                    + "again";
            case SQLITE_READONLY -> "the project file cannot be written (it, or its folder, is read-only)";
            case SQLITE_IOERR -> "the disk could not be read or written (removed, or failing?)";
            default -> null;
        };
        return why == null ? cause.getMessage() : why + " (" + cause.getMessage() + ")";
    }
}
