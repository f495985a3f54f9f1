package io.sourcemark.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import java.nio.file.Path;

/**
 * The JDBC address of a project file, as a {@code file:} URI with the path percent-encoded. A plain path would be
 * read by sqlite-jdbc up to its first {@code ?} (the rest taken as pragmas) and by SQLite up to a {@code #}, so a
 * file named {@code other.db?synchronous=off} would open {@code other.db}.
 */
final class ProjectUri {

    private ProjectUri() {
    }

    /**
     * @param parameters SQLite URI parameters such as {@code mode=rw}; the only text after the {@code ?}
     */
    static String of(Path file, String parameters) {
        return "jdbc:sqlite:" + file.toAbsolutePath().toUri().toASCIIString() + "?" + parameters;
    }

    /** A configuration that lets SQLite read the address as a URI; callers add their own settings. */
    static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        return config;
    }
}
