package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.ArticleProvenance;
import io.sourcemark.model.ArticleSummary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the reader shows: the library, one article, and the highlights an analyst sees on it. */
public final class ArticleService {

    private final Project project;

    public ArticleService(Project project) {
        this.project = project;
    }

    /**
     * The articles whose title, source or date contain {@code filter} (ignoring case), ordered by title; all of
     * them when the filter is blank.
     */
    public List<ArticleSummary> list(String filter) {
        List<ArticleSummary> all = project.read(tx -> tx.articles().list());
        String needle = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return all;
        }
        return all.stream().filter(a -> matches(a, needle)).toList();
    }

    /**
     * What the library's filter shows: the articles {@link #list} gives and those whose text (or note) holds the
     * words of {@code filter}, ordered by title.
     */
    public List<ArticleSummary> filter(String filter) {
        String needle = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return list("");
        }
        // every word, each in the article's title, text or note, or in its source or date: "subpoena wikinews"
        // finds the article whose title says one and whose source is the other
        // a sign alone (a stray quotation mark, a dash) searches for nothing: it is no word to find
        List<String> words = Arrays.stream(needle.split("\\s+")).filter(w -> w.codePoints()
                .anyMatch(Character::isLetterOrDigit)).toList();
        if (words.isEmpty()) {
            return list(needle);
        }
        return project.read(tx -> {
            List<Set<Long>> byText = words.stream().map(word -> tx.search().articleIds(word)).toList();
            return tx.articles().list().stream().filter(a -> {
                for (int i = 0; i < words.size(); i++) {
                    if (!byText.get(i).contains(a.id()) && !matches(a, words.get(i))) {
                        return false;
                    }
                }
                return true;
            }).toList();
        });
    }

    public Optional<Article> article(long id) {
        return project.read(tx -> tx.articles().find(id));
    }

    /** The annotations drawn on the article: everything but rejected suggestions, ordered by position. */
    public List<Annotation> visibleAnnotations(long articleId) {
        return project.read(tx -> tx.annotations().forArticle(articleId)).stream()
                .filter(a -> a.origin().isVisible())
                .toList();
    }

    /** The names of the speakers the article's highlights are tied to, by speaker id. */
    public Map<Long, String> speakerNames(long articleId) {
        return project.read(tx -> tx.speakers().namesInArticle(articleId));
    }

    /** The article's row of the library, as {@link #list} gives it. */
    public Optional<ArticleSummary> summary(long articleId) {
        return project.read(tx -> tx.articles().summary(articleId));
    }

    /** The article with what the reader draws on it, read in one snapshot. */
    public Optional<ArticleContent> content(long articleId) {
        return project.read(tx -> tx.articles().find(articleId).map(article -> new ArticleContent(article,
                tx.annotations().forArticle(articleId).stream().filter(a -> a.origin().isVisible()).toList(),
                tx.speakers().namesInArticle(articleId), tx.tags().forArticle(articleId))));
    }

    /** Where the article came from; empty for an article imported before provenance was kept. */
    public Optional<ArticleProvenance> provenance(long articleId) {
        return project.read(tx -> tx.provenance().find(articleId));
    }

    /** The bytes the article was imported from, as they were read or fetched. */
    public Optional<byte[]> original(long articleId) {
        return project.read(tx -> tx.provenance().original(articleId));
    }

    /** How many articles the project holds; a new project holds none. */
    public int count() {
        return project.read(tx -> tx.articles().count());
    }

    private static boolean matches(ArticleSummary summary, String needle) {
        return contains(summary.title(), needle) || contains(summary.source(), needle)
                || contains(summary.date(), needle);
    }

    private static boolean contains(String field, String needle) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(needle);
    }
}
