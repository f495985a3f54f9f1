package io.sourcemark.store;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.ClaimCategory;
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

    private static final String COLUMNS = "id, uid, article_id, kind, origin, \"start\", \"end\", pieces, exact, "
            + "prefix, suffix, speaker_id, cue_start, cue_end, score, category, suggested_kind, verdict, review_status, "
            + "rationale, reviewer, reviewed_at, note";
    /** The parameters of {@link #bindMutable}, from kind to note. */
    private static final int MUTABLE = 20;

    private final Session session;

    AnnotationRepository(Session session) {
        this.session = session;
    }

    /**
     * Stores a new annotation (id 0) and returns it with its id and uid (its own uid when it brings one, as an
     * imported export does).
     */
    public Annotation insert(Annotation annotation) {
        String action = "save the annotation \"" + Rows.abbreviated(annotation.exact()) + "\"";
        return session.write(action, connection -> {
            Instant now = session.now();
            String uid = Rows.uid(annotation.uid());
            int parameters = 3 + MUTABLE + 2;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO annotation (id, uid, article_id, "
                    + COLUMNS.substring(COLUMNS.indexOf("kind")) + ", created_at, updated_at) VALUES ("
                    + "?, ".repeat(parameters - 1) + "?) RETURNING id")) {
                Rows.setId(insert, 1, annotation.id());
                insert.setString(2, uid);
                insert.setLong(3, annotation.articleId());
                bindMutable(insert, 4, annotation);
                insert.setString(4 + MUTABLE, Rows.text(now));
                insert.setString(5 + MUTABLE, Rows.text(now));
                return annotation.withId(Rows.returnedId(insert)).withUid(uid);
            }
        });
    }

    /**
     * Replaces every mutable field of the stored annotation with the same id. A new speaker forgets the one the
     * annotation had before a merge ({@code merged_from}): it was chosen again since.
     */
    public void update(Annotation annotation) {
        String action = "change the annotation \"" + Rows.abbreviated(annotation.exact()) + "\"";
        session.write(action, connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE annotation SET kind = ?, origin = ?, "
                    + "\"start\" = ?, \"end\" = ?, pieces = ?, exact = ?, prefix = ?, suffix = ?, speaker_id = ?, "
                    + "cue_start = ?, cue_end = ?, score = ?, category = ?, suggested_kind = ?, verdict = ?, "
                    + "review_status = ?, rationale = ?, reviewer = ?, reviewed_at = ?, note = ?, "
                    + "merged_from = CASE WHEN speaker_id IS ? THEN merged_from END, updated_at = ? WHERE id = ?")) {
                bindMutable(update, 1, annotation);
                Rows.setLong(update, 1 + MUTABLE, annotation.speakerId());
                update.setString(2 + MUTABLE, Rows.text(session.now()));
                update.setLong(3 + MUTABLE, annotation.id());
                Rows.requireUpdated(update.executeUpdate(), "annotation", annotation.id());
                return null;
            }
        });
    }

    public Optional<Annotation> find(long id) {
        return session.read("read an annotation", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM annotation WHERE id = ?")) {
                query.setLong(1, id);
                return first(query);
            }
        });
    }

    public Optional<Annotation> findByUid(String uid) {
        return session.read("look up an annotation", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM annotation WHERE uid = ?")) {
                query.setString(1, uid);
                return first(query);
            }
        });
    }

    /** Every annotation of the article, of every origin, ordered by start, then end. */
    public List<Annotation> forArticle(long articleId) {
        return session.read("read the annotations of an article", connection -> {
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
        session.write("delete an annotation", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM annotation WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate();
            }
        });
    }

    /** How many annotations of every origin the article has. */
    public int countForArticle(long articleId) {
        return session.read("count the annotations of an article", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT count(*) FROM annotation WHERE article_id = ?")) {
                query.setLong(1, articleId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.getInt(1);
                }
            }
        });
    }

    /** Binds kind … note ({@link #MUTABLE} parameters) from {@code first} on, in the order of {@link #COLUMNS}. */
    private static void bindMutable(PreparedStatement statement, int first, Annotation annotation)
            throws SQLException {
        int i = first;
        Rows.setEnum(statement, i++, annotation.kind());
        Rows.setEnum(statement, i++, annotation.origin());
        statement.setInt(i++, annotation.range().start());
        statement.setInt(i++, annotation.range().end());
        statement.setString(i++, Pieces.text(annotation.pieces()));
        statement.setString(i++, annotation.exact());
        statement.setString(i++, annotation.prefix());
        statement.setString(i++, annotation.suffix());
        Rows.setLong(statement, i++, annotation.speakerId());
        TextRange cue = annotation.cue();
        Rows.setInteger(statement, i++, cue == null ? null : cue.start());
        Rows.setInteger(statement, i++, cue == null ? null : cue.end());
        Rows.setDouble(statement, i++, annotation.score());
        Rows.setEnum(statement, i++, annotation.category());
        Rows.setEnum(statement, i++, annotation.suggestedKind());
        Verification verification = annotation.verification();
        Rows.setEnum(statement, i++, verification == null ? null : verification.verdict());
        Rows.setEnum(statement, i++, verification == null ? null : verification.status());
        statement.setString(i++, verification == null ? null : verification.rationale());
        statement.setString(i++, verification == null ? null : verification.reviewer());
        statement.setString(i++, verification == null ? null : Rows.text(verification.reviewedAt()));
        statement.setString(i, annotation.note());
    }

    private static Optional<Annotation> first(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.of(annotation(rows)) : Optional.empty();
        }
    }

    private static Annotation annotation(ResultSet row) throws SQLException {
        Integer cueStart = Rows.getInteger(row, "cue_start");
        TextRange cue = cueStart == null ? null : new TextRange(cueStart, row.getInt("cue_end"));
        Verdict verdict = Rows.getEnum(row, "verdict", Verdict.class);
        Verification verification = verdict == null ? null : new Verification(verdict,
                Rows.getEnum(row, "review_status", ReviewStatus.class), row.getString("rationale"),
                row.getString("reviewer"), Rows.instant(row.getString("reviewed_at")));
        return new Annotation(row.getLong("id"), row.getString("uid"), row.getLong("article_id"),
                Rows.getEnum(row, "kind", Kind.class), Rows.getEnum(row, "origin", Origin.class),
                new TextRange(row.getInt("start"), row.getInt("end")), Pieces.parse(row.getString("pieces")),
                row.getString("exact"), row.getString("prefix"), row.getString("suffix"),
                Rows.getLong(row, "speaker_id"), cue, Rows.getDouble(row, "score"),
                Rows.getEnum(row, "category", ClaimCategory.class), Rows.getEnum(row, "suggested_kind", Kind.class),
                verification, row.getString("note"));
    }
}
