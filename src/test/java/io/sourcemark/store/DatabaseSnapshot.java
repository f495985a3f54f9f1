package io.sourcemark.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every row of every domain table of a project file, and of its full-text index, read through a connection of the
 * test's own: two snapshots are equal when the project holds the same data, row for row, under the same ids. The
 * history of changes and SQLite's id counters are left out (undo does not rewind them, by design).
 */
public record DatabaseSnapshot(Map<String, List<List<Object>>> tables) {

    public static DatabaseSnapshot of(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'undo\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                    + "AND name NOT LIKE 'search\\_index\\_%' ESCAPE '\\' ORDER BY name")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            Map<String, List<List<Object>>> tables = new LinkedHashMap<>();
            for (String name : names) {
                tables.put(name, rows(statement, "SELECT rowid, * FROM " + name + " ORDER BY rowid"));
            }
            return new DatabaseSnapshot(tables);
        }
    }

    /** The tables that differ from {@code other}, for a readable failure. */
    public List<String> differences(DatabaseSnapshot other) {
        List<String> differing = new ArrayList<>();
        for (String table : tables.keySet()) {
            if (!tables.get(table).equals(other.tables.get(table))) {
                differing.add(table + ": " + tables.get(table).size() + " rows against "
                        + (other.tables.get(table) == null ? "none" : other.tables.get(table).size()));
            }
        }
        return differing;
    }

    public int rows(String table) {
        return tables.get(table).size();
    }

    private static List<List<Object>> rows(Statement statement, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            ResultSetMetaData meta = rows.getMetaData();
            List<List<Object>> all = new ArrayList<>();
            while (rows.next()) {
                List<Object> row = new ArrayList<>();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    Object value = rows.getObject(column);
                    row.add(value instanceof byte[] bytes ? Arrays.toString(bytes) : value);
                }
                all.add(row);
            }
            return all;
        }
    }
}
