package io.sourcemark.store;

import io.sourcemark.model.Evidence;
import io.sourcemark.model.Stance;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The sources an analyst consulted to check statements. */
public final class EvidenceRepository {

    private final Database database;

    EvidenceRepository(Database database) {
        this.database = database;
    }

    /** Stores new evidence (id 0; a positive id restores deleted evidence). */
    public Evidence insert(Evidence e) {
        return database.transaction("save the evidence " + e.url(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO evidence (id, annotation_id, "
                    + "url, title, note, stance, accessed) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                Rows.setId(insert, 1, e.id());
                insert.setLong(2, e.annotationId());
                bindMutable(insert, 3, e);
                return new Evidence(Rows.returnedId(insert), e.annotationId(), e.url(), e.title(), e.note(),
                        e.stance(), e.accessed());
            }
        });
    }

    /** Replaces url, title, note, stance and access date of the stored evidence with the same id. */
    public void update(Evidence e) {
        database.transaction("change the evidence " + e.url(), connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE evidence SET url = ?, title = ?, "
                    + "note = ?, stance = ?, accessed = ? WHERE id = ?")) {
                bindMutable(update, 1, e);
                update.setLong(6, e.id());
                Rows.requireUpdated(update.executeUpdate(), "evidence", e.id());
                return null;
            }
        });
    }

    /** The evidence of the statement, oldest first. */
    public List<Evidence> forAnnotation(long annotationId) {
        return database.read("read the evidence of a statement", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT id, annotation_id, url, title, note, "
                    + "stance, accessed FROM evidence WHERE annotation_id = ? ORDER BY id")) {
                query.setLong(1, annotationId);
                try (ResultSet rows = query.executeQuery()) {
                    List<Evidence> evidence = new ArrayList<>();
                    while (rows.next()) {
                        evidence.add(new Evidence(rows.getLong("id"), rows.getLong("annotation_id"),
                                rows.getString("url"), rows.getString("title"), rows.getString("note"),
                                Rows.getEnum(rows, "stance", Stance.class), Rows.date(rows.getString("accessed"))));
                    }
                    return evidence;
                }
            }
        });
    }

    public void delete(long id) {
        database.transaction("delete evidence", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM evidence WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate();
            }
        });
    }

    private static void bindMutable(PreparedStatement statement, int first, Evidence e) throws SQLException {
        statement.setString(first, e.url());
        statement.setString(first + 1, e.title());
        statement.setString(first + 2, e.note());
        Rows.setEnum(statement, first + 3, e.stance());
        statement.setString(first + 4, Rows.text(e.accessed()));
    }
}
