package io.sourcemark.store;

import java.nio.file.Path;
import java.sql.SQLException;

/** SQLite files of other programs, which a project must never be taken for. */
final class OtherPrograms {

    private OtherPrograms() {
    }

    /** An address book: one table, one row. */
    static Path contacts(Path file) throws SQLException {
        try (Sql sql = new Sql(file)) {
            sql.execute("CREATE TABLE contact (name TEXT, phone TEXT)");
            sql.execute("INSERT INTO contact VALUES ('Jake Sullivan', '555-0100')");
        }
        return file;
    }
}
