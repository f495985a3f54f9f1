package io.sourcemark.store;

import io.sourcemark.model.Evidence;
import io.sourcemark.model.Stance;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The sources an analyst consulted to check statements, in the analyst's order. */
public final class EvidenceRepository {

    private static final String COLUMNS = "id, uid, annotation_id, url, title, note, stance, accessed";

    private final Session session;

    EvidenceRepository(Session session) {
        this.session = session;
    }

    /** Stores new evidence (id 0) after the statement's other evidence. */
    public Evidence insert(Evidence e) {
        return session.write("save the evidence " + e.url(), connection -> {
            String uid = Rows.uid(e.uid());
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO evidence (id, uid, annotation_id, "
                    + "position, url, title, note, stance, accessed) VALUES (?1, ?2, ?3, "
                    + "(SELECT coalesce(max(position) + 1, 0) FROM evidence WHERE annotation_id = ?3), "
                    + "?4, ?5, ?6, ?7, ?8) RETURNING id")) {
                Rows.setId(insert, 1, e.id());
                insert.setString(2, uid);
                insert.setLong(3, e.annotationId());
                bindMutable(insert, 4, e);
                return new Evidence(Rows.returnedId(insert), uid, e.annotationId(), e.url(), e.title(), e.note(),
                        e.stance(), e.accessed());
            }
        });
    }

    /** Replaces url, title, note, stance and access date of the stored evidence with the same id. */
    public void update(Evidence e) {
        session.write("change the evidence " + e.url(), connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE evidence SET url = ?, title = ?, "
                    + "note = ?, stance = ?, accessed = ? WHERE id = ?")) {
                bindMutable(update, 1, e);
                update.setLong(6, e.id());
                Rows.requireUpdated(update.executeUpdate(), "evidence", e.id());
                return null;
            }
        });
    }

    /** Puts the statement's evidence in the order of {@code evidenceIds}; only rows whose place changes are written. */
    public void reorder(long annotationId, List<Long> evidenceIds) {
        session.write("reorder the evidence", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE evidence SET position = ? "
                    + "WHERE id = ? AND annotation_id = ? AND position <> ?")) {
                for (int position = 0; position < evidenceIds.size(); position++) {
                    update.setInt(1, position);
                    update.setLong(2, evidenceIds.get(position));
                    update.setLong(3, annotationId);
                    update.setInt(4, position);
                    update.executeUpdate();
                }
                return null;
            }
        });
    }

    /** The evidence of the statement, in the analyst's order. */
    public List<Evidence> forAnnotation(long annotationId) {
        return session.read("read the evidence of a statement", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM evidence WHERE annotation_id = ? ORDER BY position, id")) {
                query.setLong(1, annotationId);
                return list(query);
            }
        });
    }

    /** The evidence of every statement of the article, grouped by statement, each in the analyst's order. */
    public List<Evidence> forArticle(long articleId) {
        return session.read("read the evidence of an article", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT e.id, e.uid, e.annotation_id, e.url, "
                    + "e.title, e.note, e.stance, e.accessed FROM evidence e JOIN annotation a ON a.id = e.annotation_id "
                    + "WHERE a.article_id = ? ORDER BY e.annotation_id, e.position, e.id")) {
                query.setLong(1, articleId);
                return list(query);
            }
        });
    }

    public Optional<Evidence> findByUid(String uid) {
        return session.read("look up evidence", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM evidence WHERE uid = ?")) {
                query.setString(1, uid);
                return list(query).stream().findFirst();
            }
        });
    }

    public void delete(long id) {
        session.write("delete evidence", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM evidence WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate();
            }
        });
    }

    private static List<Evidence> list(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            List<Evidence> evidence = new ArrayList<>();
            while (rows.next()) {
                evidence.add(new Evidence(rows.getLong("id"), rows.getString("uid"), rows.getLong("annotation_id"),
                        rows.getString("url"), rows.getString("title"), rows.getString("note"),
                        Rows.getEnum(rows, "stance", Stance.class), Rows.date(rows.getString("accessed"))));
            }
            return evidence;
        }
    }

    private static void bindMutable(PreparedStatement statement, int first, Evidence e) throws SQLException {
        statement.setString(first, e.url());
        statement.setString(first + 1, e.title());
        statement.setString(first + 2, e.note());
        Rows.setEnum(statement, first + 3, e.stance());
        statement.setString(first + 4, Rows.text(e.accessed()));
    }
}
