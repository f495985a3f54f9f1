package io.sourcemark.store;

import io.sourcemark.model.Tag;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The project's codebook of tags, and which annotations carry them. */
public final class TagRepository {

    private static final String COLUMNS = "t.id, t.uid, t.name, t.color, t.parent_id, t.shortcut";

    private final Session session;

    TagRepository(Session session) {
        this.session = session;
    }

    /** Stores a new tag (id 0; a positive id restores a deleted one). */
    public Tag insert(Tag tag) {
        return session.write("save the tag " + tag.name(), connection -> {
            String uid = Rows.uid(tag.uid());
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO tag (id, uid, name, color, "
                    + "parent_id, shortcut) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
                Rows.setId(insert, 1, tag.id());
                insert.setString(2, uid);
                insert.setString(3, tag.name());
                insert.setString(4, tag.color());
                Rows.setLong(insert, 5, tag.parentId());
                insert.setString(6, tag.shortcut());
                return new Tag(Rows.returnedId(insert), uid, tag.name(), tag.color(), tag.parentId(), tag.shortcut());
            }
        });
    }

    public void update(Tag tag) {
        session.write("change the tag " + tag.name(), connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE tag SET name = ?, color = ?, parent_id = ?, shortcut = ? WHERE id = ?")) {
                update.setString(1, tag.name());
                update.setString(2, tag.color());
                Rows.setLong(update, 3, tag.parentId());
                update.setString(4, tag.shortcut());
                update.setLong(5, tag.id());
                Rows.requireUpdated(update.executeUpdate(), "tag", tag.id());
                return null;
            }
        });
    }

    /** Every tag, ordered by name. */
    public List<Tag> list() {
        return session.read("list the tags", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM tag t ORDER BY t.name COLLATE NOCASE, t.id")) {
                return tags(query);
            }
        });
    }

    /** Deletes the tag and its assignments; its child tags become top-level tags. */
    public void delete(long id) {
        session.write("delete a tag", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM tag WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate();
            }
        });
    }

    /** Tags the annotation; tagging it twice with the same tag changes nothing. */
    public void assign(long annotationId, long tagId) {
        session.write("tag an annotation", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT OR IGNORE INTO annotation_tag (uid, annotation_id, tag_id) VALUES (?, ?, ?)")) {
                insert.setString(1, Rows.uid(null));
                insert.setLong(2, annotationId);
                insert.setLong(3, tagId);
                return insert.executeUpdate();
            }
        });
    }

    public void unassign(long annotationId, long tagId) {
        session.write("untag an annotation", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM annotation_tag WHERE annotation_id = ? AND tag_id = ?")) {
                delete.setLong(1, annotationId);
                delete.setLong(2, tagId);
                return delete.executeUpdate();
            }
        });
    }

    /**
     * The tags of the annotation, in the order they were given: the first one's colour is the highlight's, so a tag
     * added later, whatever its name, leaves the text in the colour it had.
     */
    public List<Tag> forAnnotation(long annotationId) {
        return session.read("read the tags of an annotation", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM tag t "
                    + "JOIN annotation_tag a ON a.tag_id = t.id WHERE a.annotation_id = ? "
                    + "ORDER BY a.id")) {
                query.setLong(1, annotationId);
                return tags(query);
            }
        });
    }

    /** The tags of every annotation of the article that has some, by annotation id, each list as given. */
    public Map<Long, List<Tag>> forArticle(long articleId) {
        return session.read("read the tags of an article", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT a.annotation_id, " + COLUMNS
                    + " FROM tag t JOIN annotation_tag a ON a.tag_id = t.id JOIN annotation n ON n.id = a.annotation_id "
                    + "WHERE n.article_id = ? ORDER BY a.annotation_id, a.id")) {
                query.setLong(1, articleId);
                try (ResultSet rows = query.executeQuery()) {
                    Map<Long, List<Tag>> tags = new HashMap<>();
                    while (rows.next()) {
                        tags.computeIfAbsent(rows.getLong("annotation_id"), id -> new ArrayList<>()).add(tag(rows));
                    }
                    return tags;
                }
            }
        });
    }

    public Optional<Tag> find(long id) {
        return session.read("look up a tag", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM tag t WHERE t.id = ?")) {
                query.setLong(1, id);
                return tags(query).stream().findFirst();
            }
        });
    }

    /** How many annotations carry the tag. */
    public int usage(long tagId) {
        return session.read("count the highlights of a tag", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT count(*) FROM annotation_tag WHERE tag_id = ?")) {
                query.setLong(1, tagId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? rows.getInt(1) : 0;
                }
            }
        });
    }

    /** The tag spans (annotations of kind TAG) whose only tag is this one: without it they would mark nothing. */
    public List<Long> spansTaggedOnlyWith(long tagId) {
        return session.read("find the spans of a tag", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT n.id FROM annotation n "
                    + "JOIN annotation_tag a ON a.annotation_id = n.id WHERE a.tag_id = ? AND n.kind = 'TAG' "
                    + "AND NOT EXISTS (SELECT 1 FROM annotation_tag o WHERE o.annotation_id = n.id "
                    + "AND o.tag_id <> a.tag_id) ORDER BY n.id")) {
                query.setLong(1, tagId);
                try (ResultSet rows = query.executeQuery()) {
                    List<Long> ids = new ArrayList<>();
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                    return ids;
                }
            }
        });
    }

    public Optional<Tag> findByUid(String uid) {
        return session.read("look up a tag", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM tag t WHERE t.uid = ?")) {
                query.setString(1, uid);
                return tags(query).stream().findFirst();
            }
        });
    }

    private static List<Tag> tags(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            List<Tag> tags = new ArrayList<>();
            while (rows.next()) {
                tags.add(tag(rows));
            }
            return tags;
        }
    }

    private static Tag tag(ResultSet row) throws SQLException {
        return new Tag(row.getLong("id"), row.getString("uid"), row.getString("name"), row.getString("color"),
                Rows.getLong(row, "parent_id"), row.getString("shortcut"));
    }
}
