package io.sourcemark.store;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.TextRange;
import io.sourcemark.model.Verdict;
import io.sourcemark.model.Verification;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The highlights of the articles: speaker mentions, quotes, claims and tagged spans. */
public final class AnnotationRepository {

    private static final String COLUMNS = "id, article_id, kind, origin, \"start\", \"end\", exact, prefix, suffix, "
            + "speaker_id, cue_start, cue_end, score, verdict, review_status, rationale, reviewer, reviewed_at, note";

    private final Database database;

    AnnotationRepository(Database database) {
        this.database = database;
    }

    /**
     * Stores a new annotation (id 0) and returns it with its id. A positive id restores a deleted annotation under
     * that id, so that undoing a deletion keeps the references to it valid.
     */
    public Annotation insert(Annotation annotation) {
        String action = "save the annotation \"" + Rows.abbreviated(annotation.exact()) + "\"";
        return database.transaction(action, connection -> {
            Instant now = database.now();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO annotation (" + COLUMNS
                    + ", created_at, updated_at) VALUES (" + "?, ".repeat(20) + "?) RETURNING id")) {
                Rows.setId(insert, 1, annotation.id());
                insert.setLong(2, annotation.articleId());
                bindMutable(insert, 3, annotation);
                insert.setString(20, Rows.text(now));
                insert.setString(21, Rows.text(now));
                return annotation.withId(Rows.returnedId(insert));
            }
        });
    }

    /** Replaces every mutable field of the stored annotation with the same id. */
    public void update(Annotation annotation) {
        String action = "change the annotation \"" + Rows.abbreviated(annotation.exact()) + "\"";
        database.transaction(action, connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE annotation SET kind = ?, origin = ?, "
                    + "\"start\" = ?, \"end\" = ?, exact = ?, prefix = ?, suffix = ?, speaker_id = ?, cue_start = ?, "
                    + "cue_end = ?, score = ?, verdict = ?, review_status = ?, rationale = ?, reviewer = ?, "
                    + "reviewed_at = ?, note = ?, updated_at = ? WHERE id = ?")) {
                bindMutable(update, 1, annotation);
                update.setString(18, Rows.text(database.now()));
                update.setLong(19, annotation.id());
                Rows.requireUpdated(update.executeUpdate(), "annotation", annotation.id());
                return null;
            }
        });
    }

    public Optional<Annotation> find(long id) {
        return database.read("read an annotation", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM annotation WHERE id = ?")) {
                query.setLong(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(annotation(rows)) : Optional.empty();
                }
            }
        });
    }

    /** Every annotation of the article, of every origin, ordered by start, then end. */
    public List<Annotation> forArticle(long articleId) {
        return database.read("read the annotations of an article", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM annotation WHERE article_id = ? ORDER BY \"start\", \"end\", id")) {
                query.setLong(1, articleId);
                try (ResultSet rows = query.executeQuery()) {
                    List<Annotation> annotations = new ArrayList<>();
                    while (rows.next()) {
                        annotations.add(annotation(rows));
                    }
                    return annotations;
                }
            }
        });
    }

    /** Deletes the annotation with its evidence, links and tag assignments. */
    public void delete(long id) {
        database.transaction("delete an annotation", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM annotation WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate();
            }
        });
    }

    /** How many annotations of every origin the article has. */
    public int countForArticle(long articleId) {
        return database.read("count the annotations of an article", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT count(*) FROM annotation WHERE article_id = ?")) {
                query.setLong(1, articleId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.getInt(1);
                }
            }
        });
    }

    /** Binds kind … note (17 parameters) from {@code first} on, in the order of {@link #COLUMNS}. */
    private static void bindMutable(PreparedStatement statement, int first, Annotation annotation)
            throws SQLException {
        int i = first;
        Rows.setEnum(statement, i++, annotation.kind());
        Rows.setEnum(statement, i++, annotation.origin());
        statement.setInt(i++, annotation.range().start());
        statement.setInt(i++, annotation.range().end());
        statement.setString(i++, annotation.exact());
        statement.setString(i++, annotation.prefix());
        statement.setString(i++, annotation.suffix());
        Rows.setLong(statement, i++, annotation.speakerId());
        TextRange cue = annotation.cue();
        Rows.setInteger(statement, i++, cue == null ? null : cue.start());
        Rows.setInteger(statement, i++, cue == null ? null : cue.end());
        Rows.setDouble(statement, i++, annotation.score());
        Verification verification = annotation.verification();
        Rows.setEnum(statement, i++, verification == null ? null : verification.verdict());
        Rows.setEnum(statement, i++, verification == null ? null : verification.status());
        statement.setString(i++, verification == null ? null : verification.rationale());
        statement.setString(i++, verification == null ? null : verification.reviewer());
        statement.setString(i++, verification == null ? null : Rows.text(verification.reviewedAt()));
        statement.setString(i, annotation.note());
    }

    private static Annotation annotation(ResultSet row) throws SQLException {
        Integer cueStart = Rows.getInteger(row, "cue_start");
        TextRange cue = cueStart == null ? null : new TextRange(cueStart, row.getInt("cue_end"));
        Verdict verdict = Rows.getEnum(row, "verdict", Verdict.class);
        Verification verification = verdict == null ? null : new Verification(verdict,
                Rows.getEnum(row, "review_status", ReviewStatus.class), row.getString("rationale"),
                row.getString("reviewer"), Rows.instant(row.getString("reviewed_at")));
        return new Annotation(row.getLong("id"), row.getLong("article_id"), Rows.getEnum(row, "kind", Kind.class),
                Rows.getEnum(row, "origin", Origin.class),
                new TextRange(row.getInt("start"), row.getInt("end")), row.getString("exact"),
                row.getString("prefix"), row.getString("suffix"), Rows.getLong(row, "speaker_id"), cue,
                Rows.getDouble(row, "score"), verification, row.getString("note"));
    }
}
