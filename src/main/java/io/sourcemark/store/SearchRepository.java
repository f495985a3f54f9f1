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
    // An article's passage is made from its body's first hit (BodySnippet), found by the index's highlight() when
    // the body is short and piece by piece when it is long (LongBodyHits): the index's own snippet() and highlight()
    // grow with the square of the hits in one text.
    private static final String ARTICLE_ROW = "s.annotation_id IS NULL AND s.speaker_id IS NULL";
    private static final String RANKED = "SELECT s.article_id, s.annotation_id, s.speaker_id, "
            + "CASE WHEN " + ARTICLE_ROW + " THEN snippet(search_index, 2, char(2), char(3), '…', 16) "
            + "ELSE snippet(search_index, -1, char(2), char(3), '…', 16) END AS snippet, "
            + "instr(coalesce(highlight(search_index, 2, char(2), char(3)), ''), char(2)) > 0 AS in_note, "
            + "CASE WHEN " + ARTICLE_ROW + " THEN highlight(search_index, 0, char(2), char(3)) END AS marked_title, "
            + "CASE WHEN s.speaker_id IS NOT NULL THEN highlight(search_index, 0, char(2), char(3)) END "
            + "AS marked_name, "
            + "CASE WHEN " + ARTICLE_ROW + " AND length(s.text) <= " + LongBodyHits.LONG
            + " THEN highlight(search_index, 1, char(2), char(3)) END AS marked_body, "
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
    /** Where a speaker's hit leads: their first mention by name, else the first statement they made. */
    private static final String FIRST_MENTION = "SELECT id, article_id, kind, \"start\", \"end\" FROM annotation "
            + "WHERE speaker_id = ? AND origin <> 'REJECTED' ORDER BY kind <> 'SPEAKER', article_id, \"start\" "
            + "LIMIT 1";
    private static final String MARKED_BODY = "SELECT CASE WHEN length(text) <= " + LongBodyHits.LONG
            + " THEN highlight(search_index, 1, char(2), char(3)) END FROM search_index "
            + "WHERE search_index MATCH ? AND rowid = ?";
    private static final String BODY = "SELECT body FROM article WHERE id = ?";

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
                String anyWord = SearchQuery.anyExpression(text);
                try (ResultSet result = ranked.executeQuery()) {
                    while (result.next()) {
                        hits.add(hit(connection, result, anyWord));
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
                    if (!result.next()) {
                        return List.<TextRange>of();
                    }
                    String markedBody = result.getString(1);
                    return markedBody != null ? MarkedText.ranges(markedBody)
                            : LongBodyHits.all(connection, body(connection, articleId),
                                    SearchQuery.anyExpression(text));
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

    private static SearchHit hit(Connection connection, ResultSet row, String anyWord) throws SQLException {
        String snippet = row.getString("snippet");
        boolean inNote = row.getBoolean("in_note");
        Long speakerId = Rows.getLong(row, "speaker_id");
        if (speakerId != null) {
            return speakerHit(connection, speakerId, named(row.getString("marked_name"), snippet));
        }
        long articleId = row.getLong("article_id");
        Long annotationId = Rows.getLong(row, "annotation_id");
        if (annotationId == null) {
            return articleHit(connection, row, articleId, inNote, anyWord);
        }
        return new SearchHit(SearchHit.Source.ANNOTATION, articleId, annotationId, null,
                Rows.getEnum(row, "kind", Kind.class), inNote, snippet,
                new TextRange(row.getInt("start"), row.getInt("end")));
    }

    /**
     * An article's hit: its body's first words found, and the passage around them; when the body holds none of them
     * (the words are in the title or the note), the note's passage if it has them, else the title.
     */
    private static SearchHit articleHit(Connection connection, ResultSet row, long articleId, boolean inNote,
                                        String anyWord) throws SQLException {
        String marked = row.getString("marked_body");
        String body;
        List<TextRange> found;
        if (marked != null) {
            body = MarkedText.plain(marked);
            found = MarkedText.ranges(marked);
        } else {
            body = body(connection, articleId);
            found = LongBodyHits.first(connection, body, anyWord);
        }
        if (!found.isEmpty()) {
            return new SearchHit(SearchHit.Source.ARTICLE, articleId, null, null, null, inNote,
                    BodySnippet.around(body, found), found.get(0));
        }
        String title = row.getString("marked_title");
        String passage = inNote || title == null || title.indexOf(SearchHit.MATCH_START) < 0
                ? row.getString("snippet") : title;
        return new SearchHit(SearchHit.Source.ARTICLE, articleId, null, null, null, inNote, passage, null);
    }

    private static String body(Connection connection, long articleId) throws SQLException {
        try (PreparedStatement body = connection.prepareStatement(BODY)) {
            body.setLong(1, articleId);
            try (ResultSet row = body.executeQuery()) {
                return row.next() ? row.getString(1) : "";
            }
        }
    }

    /**
     * A speaker's passage always starts with their name: the index's snippet is of the column with the most hits,
     * and a word found in the aliases, role or affiliation gave "Senator Nelson Administrator Nelson NASA" for Bill
     * Nelson, without saying who he is.
     */
    private static String named(String markedName, String snippet) {
        if (markedName == null || snippet == null || snippet.equals(markedName)) {
            return snippet == null ? markedName : snippet;
        }
        return markedName + " · " + snippet;
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
