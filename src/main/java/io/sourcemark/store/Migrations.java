package io.sourcemark.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema as numbered SQL scripts in {@code migrations/}: script {@code Vnnn} brings a project to version nnn.
 * A new project runs every script, so the scripts are the only description of the schema.
 */
final class Migrations {

    /** Written into the SQLite header ("SMRK") so that other SQLite files are recognised as not being projects. */
    static final int APPLICATION_ID = 0x534D524B;

    /** In version order: a jar's folders cannot be listed portably; MigrationsTest checks this against the folder. */
    static final List<String> SCRIPTS = List.of(
            "V001__init.sql",
            "V002__identity_and_undo.sql",
            "V003__search.sql",
            "V004__wiring.sql",
            "V005__merged_from.sql");

    private Migrations() {
    }

    static int latestVersion() {
        return SCRIPTS.size();
    }

    /** Brings the project up to the latest version in one transaction; a project already there is not written. */
    static void migrate(Connection connection) throws SQLException {
        List<String> scripts = new ArrayList<>();
        for (int version = 1; version <= latestVersion(); version++) {
            scripts.add(script(version));
        }
        migrate(connection, scripts);
    }

    /** Runs the scripts after the project's version, {@code scripts.get(i)} bringing it to version i + 1. */
    static void migrate(Connection connection, List<String> scripts) throws SQLException {
        if (userVersion(connection) >= scripts.size()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            // A migration may rebuild a table (SQLite's way to change a column): foreign keys are off meanwhile, as
            // SQLite's procedure asks, and checked as a whole before the commit. The pragma is ignored in a
            // transaction, hence outside.
            statement.execute("PRAGMA foreign_keys = OFF");
            try {
                migrateInTransaction(statement, connection, scripts);
            } finally {
                statement.execute("PRAGMA foreign_keys = ON");
            }
        }
    }

    private static void migrateInTransaction(Statement statement, Connection connection, List<String> scripts)
            throws SQLException {
        statement.execute("BEGIN IMMEDIATE");
        try {
            // read again under the write lock: another process may have migrated in between
            for (int version = userVersion(connection) + 1; version <= scripts.size(); version++) {
                statement.executeUpdate(scripts.get(version - 1));
            }
            try (ResultSet broken = statement.executeQuery("PRAGMA foreign_key_check")) {
                if (broken.next()) {
                    throw new SQLException("The upgraded project would break a reference of table "
                            + broken.getString(1) + " (row " + broken.getLong(2) + ")");
                }
            }
            statement.execute("PRAGMA application_id = " + APPLICATION_ID);
            statement.execute("PRAGMA user_version = " + scripts.size());
            statement.execute("COMMIT");
        } catch (SQLException | RuntimeException e) {
            try {
                statement.execute("ROLLBACK");
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.getInt(1);
        }
    }

    static String script(int version) {
        String name = SCRIPTS.get(version - 1);
        if (!name.startsWith(String.format("V%03d__", version))) {
            throw new IllegalStateException("Migration " + name + " is listed as version " + version);
        }
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Migration " + name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read migration " + name, e);
        }
    }
}
