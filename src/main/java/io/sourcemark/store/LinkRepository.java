package io.sourcemark.store;

import io.sourcemark.model.Link;
import io.sourcemark.model.Relation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Typed links between annotations, possibly across articles. */
public final class LinkRepository {

    private static final String COLUMNS = "id, uid, from_annotation_id, to_annotation_id, relation, note";

    private final Session session;

    LinkRepository(Session session) {
        this.session = session;
    }

    /** Stores a new link (id 0; a positive id restores a deleted one). */
    public Link insert(Link link) {
        return session.write("save the link", connection -> {
            String uid = Rows.uid(link.uid());
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO link (id, uid, "
                    + "from_annotation_id, to_annotation_id, relation, note) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
                Rows.setId(insert, 1, link.id());
                insert.setString(2, uid);
                insert.setLong(3, link.fromAnnotationId());
                insert.setLong(4, link.toAnnotationId());
                Rows.setEnum(insert, 5, link.relation());
                insert.setString(6, link.note());
                return new Link(Rows.returnedId(insert), uid, link.fromAnnotationId(), link.toAnnotationId(),
                        link.relation(), link.note());
            }
        });
    }

    /** The links that start or end at the annotation, oldest first. */
    public List<Link> forAnnotation(long annotationId) {
        return session.read("read the links of an annotation", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM link "
                    + "WHERE from_annotation_id = ?1 UNION SELECT " + COLUMNS + " FROM link "
                    + "WHERE to_annotation_id = ?1 ORDER BY id")) {
                query.setLong(1, annotationId);
                return links(query);
            }
        });
    }

    /** The links that start or end at an annotation of the article, oldest first. */
    public List<Link> forArticle(long articleId) {
        return session.read("read the links of an article", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM link "
                    + "WHERE from_annotation_id IN (SELECT id FROM annotation WHERE article_id = ?1) UNION "
                    + "SELECT " + COLUMNS + " FROM link "
                    + "WHERE to_annotation_id IN (SELECT id FROM annotation WHERE article_id = ?1) ORDER BY id")) {
                query.setLong(1, articleId);
                return links(query);
            }
        });
    }

    public Optional<Link> findByUid(String uid) {
        return session.read("look up a link", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM link WHERE uid = ?")) {
                query.setString(1, uid);
                return links(query).stream().findFirst();
            }
        });
    }

    public void delete(long id) {
        session.write("delete a link", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM link WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate();
            }
        });
    }

    private static List<Link> links(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            List<Link> links = new ArrayList<>();
            while (rows.next()) {
                links.add(new Link(rows.getLong("id"), rows.getString("uid"), rows.getLong("from_annotation_id"),
                        rows.getLong("to_annotation_id"), Rows.getEnum(rows, "relation", Relation.class),
                        rows.getString("note")));
            }
            return links;
        }
    }
}
