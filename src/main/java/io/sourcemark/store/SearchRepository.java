package io.sourcemark.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Full-text search over article titles and bodies and over statement texts and notes, accents ignored. */
public final class SearchRepository {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Session session;

    SearchRepository(Session session) {
        this.session = session;
    }

    /**
     * The best matches first for the words of {@code text}, all of which must occur; the last word may be
     * unfinished ("Pyong" finds "Pyongyang"). Rejected suggestions are not found. Blank text finds nothing.
     */
    public List<SearchHit> search(String text, int limit) {
        String query = matchExpression(text);
        if (query.isEmpty()) {
            return List.of();
        }
        return session.read("search the project", connection -> {
            try (PreparedStatement search = connection.prepareStatement("SELECT s.article_id, s.annotation_id, "
                    + "snippet(search_index, -1, char(2), char(3), '…', 16) AS snippet FROM search_index s "
                    + "LEFT JOIN annotation a ON a.id = s.annotation_id "
                    + "WHERE search_index MATCH ? AND (s.annotation_id IS NULL OR a.origin <> 'REJECTED') "
                    + "ORDER BY rank LIMIT ?")) {
                search.setString(1, query);
                search.setInt(2, limit);
                try (ResultSet rows = search.executeQuery()) {
                    List<SearchHit> hits = new ArrayList<>();
                    while (rows.next()) {
                        hits.add(new SearchHit(rows.getLong("article_id"), Rows.getLong(rows, "annotation_id"),
                                rows.getString("snippet")));
                    }
                    return hits;
                }
            }
        });
    }

    /** The analyst's words as quoted FTS5 strings, so that no character of theirs is read as query syntax. */
    static String matchExpression(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : WHITESPACE.split(text.strip())) {
            String term = word.replace("\"", "").replace(String.valueOf(SearchHit.MATCH_START), "")
                    .replace(String.valueOf(SearchHit.MATCH_END), "");
            if (!term.isEmpty()) {
                terms.add("\"" + term + "\"");
            }
        }
        if (terms.isEmpty()) {
            return "";
        }
        terms.set(terms.size() - 1, terms.get(terms.size() - 1) + " *");
        return String.join(" ", terms);
    }
}
