package io.sourcemark.service;

import io.sourcemark.model.LibraryHit;
import io.sourcemark.model.ArticleSummary;
import io.sourcemark.model.TextRange;
import io.sourcemark.store.Repositories;
import io.sourcemark.store.SearchHit;
import io.sourcemark.store.SearchRepository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Search across the library (articles, statements, notes, speakers) and within one article. Any text may be asked:
 * query syntax is read as words, and a search that cannot find anything says why instead of failing.
 */
public final class SearchService {

    /** Hits shown for one search: the best ones; a longer list is not read by anyone. */
    public static final int LIMIT = 100;

    private final Project project;

    public SearchService(Project project) {
        this.project = project;
    }

    /** The best {@code limit} hits for {@code text} across the library, with their article's title. */
    public SearchResults search(String text, int limit) {
        String query = text == null ? "" : text.strip();
        if (query.isEmpty()) {
            return new SearchResults(query, List.of(), "Type words to search the library for.");
        }
        List<LibraryHit> hits = project.read(tx -> hits(tx, tx.search().search(query, limit)));
        String message;
        if (!hasWords(query)) {
            message = "Nothing to search for in “" + shortened(query) + "”: only words and numbers are searched "
                    + "(punctuation, emoji and AND, OR, NOT, NEAR are left out).";
        } else if (hits.isEmpty()) {
            message = "No matches for “" + shortened(query) + "”.";
        } else if (SearchRepository.isTruncated(query)) {
            message = "Only the first words of the text were searched.";
        } else {
            message = "";
        }
        return new SearchResults(query, hits, message);
    }

    public SearchResults search(String text) {
        return search(text, LIMIT);
    }

    /** Where the words of {@code text} occur in the article's body, in reading order; empty when nowhere. */
    public List<TextRange> inArticle(long articleId, String text) {
        String query = text == null ? "" : text.strip();
        if (query.isEmpty()) {
            return List.of();
        }
        return project.read(tx -> tx.search().inArticle(articleId, query));
    }

    /** Whether {@code text} holds a word the index could find. */
    public static boolean hasWords(String text) {
        return SearchRepository.hasWords(text);
    }

    private static List<LibraryHit> hits(Repositories tx, List<SearchHit> found) {
        Map<Long, String> titles = new HashMap<>();
        List<LibraryHit> hits = new ArrayList<>();
        for (SearchHit hit : found) {
            String title = hit.articleId() == 0 ? "" : titles.computeIfAbsent(hit.articleId(),
                    id -> tx.articles().summary(id).map(ArticleSummary::title).orElse(""));
            hits.add(new LibraryHit(hit.articleId(), title, hit.annotationId() == null ? 0 : hit.annotationId(),
                    what(hit), hit.snippet(), hit.range()));
        }
        return hits;
    }

    private static String what(SearchHit hit) {
        return switch (hit.source()) {
            case SPEAKER -> "speaker";
            case ARTICLE -> hit.inNote() && hit.range() == null ? "note on the article" : "article";
            case ANNOTATION -> hit.inNote() ? "note on " + KindNames.withArticle(hit.kind())
                    : KindNames.of(hit.kind());
        };
    }

    private static String shortened(String query) {
        return query.length() <= 60 ? query : query.substring(0, 59) + "…";
    }
}
