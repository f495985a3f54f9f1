package io.sourcemark.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A second, independent connection to a project file, to check what is really on disk. */
final class Sql implements AutoCloseable {

    private final Connection connection;

    Sql(Path file) throws SQLException {
        // by URI, like the store: a plain path is cut at its first '?'
        this.connection = ProjectUri.config().createConnection(ProjectUri.of(file, "mode=rwc"));
    }

    long number(String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            return rows.getLong(1);
        }
    }

    /** The first column of every row, as text. */
    List<String> column(String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
