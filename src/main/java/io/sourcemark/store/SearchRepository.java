package io.sourcemark.store;

import io.sourcemark.model.Kind;
import io.sourcemark.model.TextRange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Full-text search over article titles, bodies and notes, statement texts, the notes of every annotation and the
 * speakers' names, aliases, roles and affiliations, accents ignored.
 */
public final class SearchRepository {

    // One query: FTS5 sorts by rank itself (no sorter in SQLite's plan), so the snippets and highlights are made for
    // the rows returned only.
    private static final String RANKED = "SELECT s.article_id, s.annotation_id, s.speaker_id, "
            + "snippet(search_index, -1, char(2), char(3), '…', 16) AS snippet, "
            + "instr(coalesce(highlight(search_index, 2, char(2), char(3)), ''), char(2)) > 0 AS in_note, "
            + "CASE WHEN s.annotation_id IS NULL AND s.speaker_id IS NULL "
            + "THEN highlight(search_index, 1, char(2), char(3)) END AS marked_body, "
            + "a.kind, a.\"start\", a.\"end\" FROM search_index s LEFT JOIN annotation a ON a.id = s.annotation_id "
            + "WHERE search_index MATCH ? AND (s.annotation_id IS NULL OR a.origin <> 'REJECTED') "
            + "ORDER BY %s LIMIT ?";
    /**
     * Ranking costs a score for every row that matches: a word in every article ("the", "said") would take seconds
     * in a large library. Past this many rows the hits come in the order of the index (speakers, then articles and their statements as they were imported), which FTS5 gives without scoring them.
     */
    static final int RANKED_AT_MOST = 10_000;
    private static final String MANY = "SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT 1 OFFSET "
            + RANKED_AT_MOST;
    private static final String FIRST_MENTION = "SELECT id, article_id, kind, \"start\", \"end\" FROM annotation "
            + "WHERE speaker_id = ? AND origin <> 'REJECTED' ORDER BY article_id, \"start\" LIMIT 1";
    private static final String MARKED_BODY = "SELECT highlight(search_index, 1, char(2), char(3)) FROM search_index "
            + "WHERE search_index MATCH ? AND rowid = ?";

    private static final String ARTICLE_IDS = "SELECT article_id FROM search_index WHERE search_index MATCH ? "
            + "AND annotation_id IS NULL AND speaker_id IS NULL";

    private final Session session;

    SearchRepository(Session session) {
        this.session = session;
    }

    /**
     * The best matches first (in the order of the index when more than {@link #RANKED_AT_MOST} rows match) for the words of
     * {@code text}, all of which must occur in one article, annotation or speaker; the last word may be unfinished ("Pyong" finds "Pyongyang"). Query syntax is read as plain words (see
     * {@link SearchQuery}). Rejected suggestions are not found. Text without a word finds nothing.
     */
    public List<SearchHit> search(String text, int limit) {
        String query = SearchQuery.matchExpression(text);
        if (query.isEmpty()) {
            return List.of();
        }
        return session.read("search the project", connection -> {
            boolean many;
            try (PreparedStatement count = connection.prepareStatement(MANY)) {
                count.setString(1, query);
                try (ResultSet result = count.executeQuery()) {
                    many = result.next();
                }
            }
            List<SearchHit> hits = new ArrayList<>();
            try (PreparedStatement ranked = connection.prepareStatement(String.format(RANKED,
                    many ? "s.rowid" : "rank"))) {
                ranked.setString(1, query);
                ranked.setInt(2, limit);
                try (ResultSet result = ranked.executeQuery()) {
                    while (result.next()) {
                        hits.add(hit(connection, result));
                    }
                }
            }
            return hits;
        });
    }

    /**
     * Where the words of {@code text} occur in the article's body, in reading order; a phrase's words next to each
     * other are one range. Empty when the article does not hold every word (in its title, body or note).
     */
    public List<TextRange> inArticle(long articleId, String text) {
        String query = SearchQuery.matchExpression(text);
        if (query.isEmpty()) {
            return List.of();
        }
        return session.read("search the article", connection -> {
            try (PreparedStatement marked = connection.prepareStatement(MARKED_BODY)) {
                marked.setString(1, query);
                marked.setLong(2, 2 * articleId);
                try (ResultSet result = marked.executeQuery()) {
                    return result.next() ? MarkedText.ranges(result.getString(1)) : List.<TextRange>of();
                }
            }
        });
    }

    /** The articles whose title, body or note hold every word of {@code text} (the last one maybe unfinished). */
    public java.util.Set<Long> articleIds(String text) {
        String query = SearchQuery.matchExpression(text);
        if (query.isEmpty()) {
            return java.util.Set.of();
        }
        return session.read("search the articles", connection -> {
            try (PreparedStatement ids = connection.prepareStatement(ARTICLE_IDS)) {
                ids.setString(1, query);
                try (ResultSet result = ids.executeQuery()) {
                    java.util.Set<Long> found = new java.util.HashSet<>();
                    while (result.next()) {
                        found.add(result.getLong(1));
                    }
                    return found;
                }
            }
        });
    }

    /** Whether {@code text} holds a word the index could find (not only punctuation, emoji or operators). */
    public static boolean hasWords(String text) {
        return !SearchQuery.terms(text).isEmpty();
    }

    /** Whether {@code text} had more words than a search takes (the rest were left out). */
    public static boolean isTruncated(String text) {
        return SearchQuery.isTruncated(text);
    }

    /** The analyst's words as quoted FTS5 strings, so that no character of theirs is read as query syntax. */
    static String matchExpression(String text) {
        return SearchQuery.matchExpression(text);
    }

    private static SearchHit hit(Connection connection, ResultSet row) throws SQLException {
        String snippet = row.getString("snippet");
        boolean inNote = row.getBoolean("in_note");
        Long speakerId = Rows.getLong(row, "speaker_id");
        if (speakerId != null) {
            return speakerHit(connection, speakerId, snippet);
        }
        long articleId = row.getLong("article_id");
        Long annotationId = Rows.getLong(row, "annotation_id");
        if (annotationId == null) {
            List<TextRange> inBody = MarkedText.ranges(row.getString("marked_body"));
            return new SearchHit(SearchHit.Source.ARTICLE, articleId, null, null, null, inNote, snippet,
                    inBody.isEmpty() ? null : inBody.get(0));
        }
        return new SearchHit(SearchHit.Source.ANNOTATION, articleId, annotationId, null,
                Rows.getEnum(row, "kind", Kind.class), inNote, snippet,
                new TextRange(row.getInt("start"), row.getInt("end")));
    }

    private static SearchHit speakerHit(Connection connection, long speakerId, String snippet) throws SQLException {
        try (PreparedStatement first = connection.prepareStatement(FIRST_MENTION)) {
            first.setLong(1, speakerId);
            try (ResultSet mention = first.executeQuery()) {
                if (!mention.next()) {
                    return new SearchHit(SearchHit.Source.SPEAKER, 0, null, speakerId, null, false, snippet, null);
                }
                return new SearchHit(SearchHit.Source.SPEAKER, mention.getLong("article_id"), mention.getLong("id"),
                        speakerId, Rows.getEnum(mention, "kind", Kind.class), false, snippet,
                        new TextRange(mention.getInt("start"), mention.getInt("end")));
            }
        }
    }
}
