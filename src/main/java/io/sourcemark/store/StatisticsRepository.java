package io.sourcemark.store;

import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.TextRange;
import io.sourcemark.model.Verdict;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts of statements (quotes and claims, rejected suggestions left out) for the statistics of one article or of the
 * library, computed by SQLite in one pass over the annotations each.
 */
public final class StatisticsRepository {

    private static final String STATEMENTS = "kind IN ('DIRECT_QUOTE', 'INDIRECT_QUOTE', 'CLAIM') "
            + "AND origin <> 'REJECTED'";
    private static final String COUNTS = "SELECT kind, origin, verdict, review_status, "
            + "(kind = 'INDIRECT_QUOTE' AND pieces IS NOT NULL) AS mixed, count(*) AS n "
            + "FROM annotation WHERE " + STATEMENTS + " %s GROUP BY kind, origin, verdict, review_status, mixed";
    // Over the library, SQLite would rather scan by kind and sort 300,000 statements by speaker: the index by speaker
    // gives them in order, and holds every column read. One article: %1$s is empty and %2$s picks the article.
    private static final String PER_SPEAKER = "SELECT speaker_id, count(*) AS n, count(DISTINCT article_id) AS articles "
            + "FROM annotation %1$s WHERE speaker_id IS NOT NULL AND " + STATEMENTS + " %2$s GROUP BY speaker_id";
    private static final String BY_SPEAKER = "INDEXED BY annotation_speaker";
    private static final String TOP_SPEAKERS = "WITH top AS (" + PER_SPEAKER + " ORDER BY n DESC, speaker_id "
            + "LIMIT ?) SELECT t.speaker_id, s.name, t.n, t.articles, a.verdict, count(*) AS by_verdict FROM top t "
            + "JOIN speaker s ON s.id = t.speaker_id JOIN annotation a ON a.speaker_id = t.speaker_id "
            + "WHERE a.kind IN ('DIRECT_QUOTE', 'INDIRECT_QUOTE', 'CLAIM') AND a.origin <> 'REJECTED' %3$s "
            + "GROUP BY t.speaker_id, a.verdict ORDER BY t.n DESC, t.speaker_id, a.verdict";
    private static final String SPEAKER_TOTALS = "SELECT s.id, s.name, s.kind, coalesce(c.n, 0) AS n, "
            + "coalesce(c.articles, 0) AS articles FROM speaker s LEFT JOIN (" + String.format(PER_SPEAKER, BY_SPEAKER, "")
            + ") c ON c.speaker_id = s.id ORDER BY n DESC, s.name_key";
    private static final String OF_SPEAKER = "SELECT a.article_id, r.title, a.id, a.kind, a.\"start\", a.\"end\", "
            + "a.exact, a.verdict FROM annotation a JOIN article r ON r.id = a.article_id WHERE a.speaker_id = ? AND "
            + "a.kind IN ('DIRECT_QUOTE', 'INDIRECT_QUOTE', 'CLAIM') AND a.origin <> 'REJECTED' "
            + "ORDER BY r.title, a.article_id, a.\"start\"";

    private final Session session;

    StatisticsRepository(Session session) {
        this.session = session;
    }

    /** The statements of the article ({@code articleId} 0: of the library), counted by kind, origin and verification. */
    public List<StatementCount> statementCounts(long articleId) {
        return session.read("count the statements", connection -> {
            try (PreparedStatement counts = connection.prepareStatement(String.format(COUNTS,
                    articleId == 0 ? "" : "AND article_id = ?"))) {
                if (articleId != 0) {
                    counts.setLong(1, articleId);
                }
                try (ResultSet rows = counts.executeQuery()) {
                    List<StatementCount> result = new ArrayList<>();
                    while (rows.next()) {
                        result.add(new StatementCount(Rows.getEnum(rows, "kind", Kind.class),
                                Rows.getEnum(rows, "origin", Origin.class), Rows.getEnum(rows, "verdict", Verdict.class),
                                Rows.getEnum(rows, "review_status", ReviewStatus.class), rows.getBoolean("mixed"),
                                rows.getInt("n")));
                    }
                    return result;
                }
            }
        });
    }

    /**
     * The {@code limit} speakers with the most statements in the article ({@code articleId} 0: in the library), most
     * first, one row per speaker and verdict.
     */
    public List<SpeakerCount> topSpeakers(long articleId, int limit) {
        return session.read("count the statements of each speaker", connection -> {
            boolean one = articleId != 0;
            try (PreparedStatement top = connection.prepareStatement(String.format(TOP_SPEAKERS, one ? "" : BY_SPEAKER,
                    one ? "AND article_id = ?" : "", one ? "AND a.article_id = ?" : ""))) {
                int index = 1;
                if (one) {
                    top.setLong(index++, articleId);
                }
                top.setInt(index++, limit);
                if (one) {
                    top.setLong(index, articleId);
                }
                try (ResultSet rows = top.executeQuery()) {
                    List<SpeakerCount> result = new ArrayList<>();
                    while (rows.next()) {
                        result.add(new SpeakerCount(rows.getLong("speaker_id"), rows.getString("name"),
                                rows.getInt("n"), rows.getInt("articles"), Rows.getEnum(rows, "verdict", Verdict.class),
                                rows.getInt("by_verdict")));
                    }
                    return result;
                }
            }
        });
    }

    /** Every speaker of the project with its statements and articles, most statements first, then by name. */
    public List<SpeakerTotal> speakerTotals() {
        return session.read("count the statements of every speaker", connection -> {
            try (PreparedStatement totals = connection.prepareStatement(SPEAKER_TOTALS);
                 ResultSet rows = totals.executeQuery()) {
                List<SpeakerTotal> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(new SpeakerTotal(rows.getLong("id"), rows.getString("name"), rows.getString("kind"),
                            rows.getInt("n"), rows.getInt("articles")));
                }
                return result;
            }
        });
    }

    /** What the speaker said across the library: their statements, by article title, in reading order. */
    public List<SpeakerStatement> statementsOf(long speakerId) {
        return session.read("read the statements of the speaker", connection -> {
            try (PreparedStatement of = connection.prepareStatement(OF_SPEAKER)) {
                of.setLong(1, speakerId);
                try (ResultSet rows = of.executeQuery()) {
                    List<SpeakerStatement> result = new ArrayList<>();
                    while (rows.next()) {
                        result.add(new SpeakerStatement(rows.getLong(1), rows.getString(2), rows.getLong(3),
                                Kind.valueOf(rows.getString(4)), new TextRange(rows.getInt(5), rows.getInt(6)),
                                rows.getString(7), rows.getString(8) == null ? null : Verdict.valueOf(rows.getString(8))));
                    }
                    return result;
                }
            }
        });
    }
}
