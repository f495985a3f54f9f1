package io.sourcemark.store;

import org.sqlite.SQLiteConfig;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tables, indexes, triggers and views a project holds. A file at schema version N must hold exactly what
 * migrations 1..N make in an empty database, so a file whose tables another program dropped or changed is found
 * before anything writes to it, with no list of tables kept by hand beside the migrations.
 *
 * <p>Left out of the comparison: the statistics tables of {@code ANALYZE}; the indexes SQLite makes for the keys of
 * a table, which follow from the table's SQL; and the shadow tables of full-text indexes, which the FTS5 module
 * lays out as its version of SQLite does.
 */
final class ProjectSchema {

    private static final String ENTRIES = "SELECT type, name, tbl_name, sql FROM main.sqlite_master "
            + "WHERE name NOT LIKE 'sqlite_stat%' AND name NOT LIKE 'sqlite_autoindex_%' AND tbl_name NOT IN "
            + "(SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'shadow')";

    /** One row of {@code sqlite_master}, its SQL with runs of white space made one space. */
    private record Entry(String type, String name, String table, String sql) {

        @Override
        public String toString() {
            return type + " " + name;
        }
    }

    private ProjectSchema() {
    }

    /** What differs between the schema of {@code file} and that of {@code version}, in words; empty when none. */
    static List<String> differences(Connection file, int version) throws SQLException {
        Map<String, Entry> expected = expected(version);
        Map<String, Entry> actual = entries(file);
        List<String> differences = new ArrayList<>();
        for (Entry entry : expected.values()) {
            Entry found = actual.get(entry.name());
            if (found == null) {
                differences.add("missing " + entry);
            } else if (!found.equals(entry)) {
                differences.add("changed " + entry);
            }
        }
        for (Entry entry : actual.values()) {
            if (!expected.containsKey(entry.name())) {
                differences.add("unexpected " + entry);
            }
        }
        // tables first: a missing table says more than the indexes and triggers that went with it
        differences.sort(java.util.Comparator.comparing(difference -> !difference.contains(" table ")));
        return differences;
    }

    /** The schema the migrations up to {@code version} make, built in memory. */
    private static Map<String, Entry> expected(int version) throws SQLException {
        List<String> scripts = new ArrayList<>();
        for (int v = 1; v <= version; v++) {
            scripts.add(Migrations.script(v));
        }
        try (Connection memory = new SQLiteConfig().createConnection("jdbc:sqlite::memory:")) {
            Migrations.migrate(memory, scripts);
            return entries(memory);
        }
    }

    private static Map<String, Entry> entries(Connection connection) throws SQLException {
        Map<String, Entry> entries = new TreeMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(ENTRIES)) {
            while (rows.next()) {
                String sql = rows.getString(4);
                Entry entry = new Entry(rows.getString(1), rows.getString(2), rows.getString(3),
                        sql == null ? null : sql.strip().replaceAll("\\s+", " "));
                entries.put(entry.name(), entry);
            }
        }
        return entries;
    }
}
