package io.sourcemark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The history of changes kept in the project file (the tables undo_step, undo_entry and undo_recording of migration
 * V002), after SQLite's undo/redo recipe: the triggers of every domain table write the statements that reverse each
 * row; undo runs them backwards in one transaction, while the same triggers record the statements that redo it.
 * Every method runs inside a transaction of the writer.
 */
final class UndoLog {

    /** Enough for weeks of work; the oldest steps are forgotten first. */
    static final int LIMIT = 1000;

    private UndoLog() {
    }

    /** Starts a step; a new change makes what was undone no longer redoable. */
    static long begin(TransactionSession session, String label) throws SQLException {
        Connection c = session.connection();
        try (Statement statement = c.createStatement()) {
            statement.executeUpdate("DELETE FROM undo_entry WHERE step_id IN "
                    + "(SELECT id FROM undo_step WHERE state = 'UNDONE')");
            statement.executeUpdate("DELETE FROM undo_step WHERE state = 'UNDONE'");
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO undo_step (label, state, position, started_at) "
                + "VALUES (?, 'RUNNING', (SELECT coalesce(max(position), 0) + 1 FROM undo_step), ?) RETURNING id")) {
            insert.setString(1, label);
            insert.setString(2, Rows.text(session.now()));
            return Rows.returnedId(insert);
        }
    }

    /** Ends a step under its final label; a step that changed nothing is not kept. */
    static void finish(TransactionSession session, long stepId, String label, Focus focus) throws SQLException {
        Connection c = session.connection();
        boolean wrote;
        try (PreparedStatement query = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM undo_entry WHERE step_id = ?)")) {
            query.setLong(1, stepId);
            try (ResultSet rows = query.executeQuery()) {
                wrote = rows.getBoolean(1);
            }
        }
        if (!wrote) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM undo_step WHERE id = ?")) {
                delete.setLong(1, stepId);
                delete.executeUpdate();
            }
            return;
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE undo_step SET state = 'DONE', label = ?, "
                + "position = (SELECT max(position) + 1 FROM undo_step), article_id = ?, annotation_id = ?, "
                + "finished_at = ? WHERE id = ?")) {
            update.setString(1, label);
            Rows.setLong(update, 2, focus.articleId());
            Rows.setLong(update, 3, focus.annotationId());
            update.setString(4, Rows.text(session.now()));
            update.setLong(5, stepId);
            update.executeUpdate();
        }
        forgetOldest(c);
    }

    /**
     * Steps left RUNNING by an application that stopped half-way (a crash during detection) hold committed rows:
     * they become ordinary steps that can be undone.
     */
    static void endInterrupted(TransactionSession session) throws SQLException {
        // they ended last: undo takes them first, before the steps that finished while they ran
        try (PreparedStatement update = session.connection().prepareStatement("UPDATE undo_step SET state = 'DONE', "
                + "label = label || ' (interrupted)', finished_at = ?, "
                + "position = (SELECT max(position) FROM undo_step) + id WHERE state = 'RUNNING'")) {
            update.setString(1, Rows.text(session.now()));
            update.executeUpdate();
        }
    }

    /** The label of the step that undo (DONE) or redo (UNDONE) would take next. */
    static Optional<String> nextLabel(TransactionSession session, String state) throws SQLException {
        return next(session.connection(), state).map(Step::label);
    }

    /**
     * Reverses the latest done step ({@code from} DONE, {@code to} UNDONE) or applies again the latest undone one
     * (UNDONE to DONE). Refused, changing nothing (the transaction is rolled back), when another change overtook one of
     * its rows.
     */
    static Optional<Replayed> replay(TransactionSession session, String from, String to) throws SQLException {
        Connection c = session.connection();
        Optional<Step> next = next(c, from);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        Step step = next.get();
        long lastOwn = lastSeq(c, step.id());
        // the statements the replay records come after every entry there is now
        long replayStart = lastSeq(c, null) + 1;
        try (Statement statement = c.createStatement()) {
            // a delete is undone child first: the rows it hung from come back later in the same transaction
            statement.execute("PRAGMA defer_foreign_keys = ON");
        }
        Optional<Conflict> overtaken = overtaken(c, step.id());
        if (overtaken.isPresent()) {
            throw new UndoConflictException(step.label(), overtaken.get());
        }
        setRecording(c, step.id());
        for (String sql : statements(c, step.id(), lastOwn)) {
            try (Statement statement = c.createStatement()) {
                statement.execute(sql);
            }
        }
        setRecording(c, null);
        Optional<Conflict> reached = reachedBeyond(c, step.id(), replayStart);
        if (reached.isPresent()) {
            throw new UndoConflictException(step.label(), reached.get());
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM undo_entry WHERE step_id = ? AND seq <= ?")) {
            delete.setLong(1, step.id());
            delete.setLong(2, lastOwn);
            delete.executeUpdate();
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE undo_step SET state = ?, "
                + "position = (SELECT max(position) + 1 FROM undo_step) WHERE id = ?")) {
            update.setString(1, to);
            update.setLong(2, step.id());
            update.executeUpdate();
        }
        return Optional.of(new Replayed(step.label(), step.articleId(), step.annotationId()));
    }

    /**
     * A row of the step that no longer stands as the step left it: another change wrote it since (detection still
     * running, another window, another program). A row written since but back as it was does not count.
     */
    private static Optional<Conflict> overtaken(Connection c, long stepId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT mine.table_name, mine.row_id, latest.step_id "
                + "FROM undo_entry mine JOIN undo_entry latest ON latest.seq = (SELECT max(e.seq) FROM undo_entry e "
                + "WHERE e.table_name = mine.table_name AND e.row_id = mine.row_id) "
                + "WHERE mine.step_id = ?1 AND mine.seq = (SELECT max(e.seq) FROM undo_entry e "
                + "WHERE e.table_name = mine.table_name AND e.row_id = mine.row_id AND e.step_id = ?1) "
                + "AND latest.seq <> mine.seq AND latest.after_state IS NOT mine.after_state "
                + "ORDER BY latest.seq LIMIT 1")) {
            query.setLong(1, stepId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new Conflict(rows.getString(1), rows.getLong(2),
                        label(c, Rows.getLong(rows, "step_id")))) : Optional.empty();
            }
        }
    }

    /**
     * A row the replay wrote that the step never did: a later change hung it from one of the step's rows (evidence
     * added to a highlight the step made), and the replay's cascade would take it along.
     */
    private static Optional<Conflict> reachedBeyond(Connection c, long stepId, long replayStart)
            throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT n.table_name, n.row_id, (SELECT e.step_id "
                + "FROM undo_entry e WHERE e.table_name = n.table_name AND e.row_id = n.row_id AND e.seq < ?2 "
                + "ORDER BY e.seq DESC LIMIT 1) AS step_id FROM undo_entry n WHERE n.step_id = ?1 AND n.seq >= ?2 "
                + "AND NOT EXISTS (SELECT 1 FROM undo_entry o WHERE o.step_id = ?1 AND o.seq < ?2 "
                + "AND o.table_name = n.table_name AND o.row_id = n.row_id) ORDER BY n.seq LIMIT 1")) {
            query.setLong(1, stepId);
            query.setLong(2, replayStart);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new Conflict(rows.getString(1), rows.getLong(2),
                        label(c, Rows.getLong(rows, "step_id")))) : Optional.empty();
            }
        }
    }

    /** The label of a step, or null for a row written outside Sourcemark (or by a step forgotten since). */
    private static String label(Connection c, Long stepId) throws SQLException {
        if (stepId == null) {
            return null;
        }
        try (PreparedStatement query = c.prepareStatement("SELECT label FROM undo_step WHERE id = ?")) {
            query.setLong(1, stepId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static List<String> statements(Connection c, long stepId, long lastOwn) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT statement FROM undo_entry "
                + "WHERE step_id = ? AND seq <= ? ORDER BY seq DESC")) {
            query.setLong(1, stepId);
            query.setLong(2, lastOwn);
            try (ResultSet rows = query.executeQuery()) {
                List<String> statements = new ArrayList<>();
                while (rows.next()) {
                    statements.add(rows.getString(1));
                }
                return statements;
            }
        }
    }

    private static Optional<Step> next(Connection c, String state) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT id, label, article_id, annotation_id FROM undo_step "
                + "WHERE state = ? ORDER BY position DESC LIMIT 1")) {
            query.setString(1, state);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new Step(rows.getLong(1), rows.getString(2),
                        Rows.getLong(rows, "article_id"), Rows.getLong(rows, "annotation_id"))) : Optional.empty();
            }
        }
    }

    /** The last entry of the step, or of the whole log when {@code stepId} is null; 0 when there is none. */
    private static long lastSeq(Connection c, Long stepId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT coalesce(max(seq), 0) FROM undo_entry "
                + "WHERE ?1 IS NULL OR step_id = ?1")) {
            Rows.setLong(query, 1, stepId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.getLong(1);
            }
        }
    }

    /** Names the step that the triggers record the rows of this transaction under (null: none). */
    static void record(TransactionSession session, Long stepId) throws SQLException {
        setRecording(session.connection(), stepId);
    }

    private static void setRecording(Connection c, Long stepId) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE undo_recording SET step_id = ? WHERE only = 1")) {
            Rows.setLong(update, 1, stepId);
            update.executeUpdate();
        }
    }

    /** Keeps the newest {@link #LIMIT} steps, and no entry older than the oldest of them. */
    private static void forgetOldest(Connection c) throws SQLException {
        try (Statement statement = c.createStatement()) {
            int dropped = statement.executeUpdate("DELETE FROM undo_step WHERE id IN (SELECT id FROM undo_step "
                    + "WHERE state <> 'RUNNING' ORDER BY position DESC LIMIT -1 OFFSET " + LIMIT + ")");
            if (dropped > 0) {
                statement.executeUpdate("DELETE FROM undo_entry WHERE step_id IS NOT NULL AND step_id NOT IN "
                        + "(SELECT id FROM undo_step)");
                statement.executeUpdate("DELETE FROM undo_entry WHERE step_id IS NULL AND seq < "
                        + "(SELECT coalesce(min(seq), 0) FROM undo_entry WHERE step_id IS NOT NULL)");
            }
        }
    }

    /** Where a step's change can be shown again. */
    record Focus(Long articleId, Long annotationId) {
        static final Focus NONE = new Focus(null, null);
    }

    /** A row that another change wrote, and the label of that change (null: written outside Sourcemark). */
    record Conflict(String table, long rowId, String laterLabel) {
    }

    private record Step(long id, String label, Long articleId, Long annotationId) {
    }
}
