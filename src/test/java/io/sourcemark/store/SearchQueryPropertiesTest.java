package io.sourcemark.store;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever the analyst types, FTS5 syntax and broken syntax included, a search answers with hits or none. */
class SearchQueryPropertiesTest {

    private static final List<String> SYNTAX = List.of("\"", "AND", "OR", "NOT", "*", "NEAR(", "NEAR", ")", "(",
            "-", "+", ":", "^", "{", "}", "title:", "text :", "'", "\\", "\u0000", "\u0002", "\u0003", "🙂", "👍🏽",
            "\uD83D", "\uDE42", "—", ",", "Pyongyang", "Kremlin", "North", "Korea", "Shoigu", " ", "  ", "\n", "\t",
            "é", "Gdańsk", "北朝鮮", "NEAR(\"a\" \"b\", 3)", "a*b", "**", "\"\"", "( )", "^Korea");

    private static Path folder;
    private static ProjectStore store;

    @BeforeContainer
    static void open() throws Exception {
        folder = Files.createTempDirectory("sourcemark-search-properties");
        store = ProjectStore.open(folder.resolve("search.sourcemark"));
        Samples.importAfp(store);
        Samples.importGdansk(store);
    }

    @AfterContainer
    static void close() throws Exception {
        store.close();
        try (var files = Files.walk(folder)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Property(tries = 400)
    void anyMixOfQuerySyntaxAndWordsSearchesWithoutFailing(@ForAll("hostileQueries") String query) {
        List<SearchHit> hits = store.search().search(query, 20);
        for (SearchHit hit : hits) {
            assertTrue(hit.articleId() > 0, hit.toString());
        }
        store.search().inArticle(1, query);
    }

    @Property(tries = 200)
    void anyStringSearchesWithoutFailing(@ForAll String query) {
        store.search().search(query, 5);
        store.search().inArticle(1, query);
    }

    @Property(tries = 200)
    void theExpressionQuotesEveryTermAndKeepsAtMostTheLimit(@ForAll("hostileQueries") String query) {
        String expression = SearchQuery.matchExpression(query);
        List<String> terms = SearchQuery.terms(query);
        assertTrue(terms.size() <= SearchQuery.MAX_TERMS);
        for (String term : terms) {
            assertFalse(term.contains("\""), term);
            assertFalse(term.isBlank());
            assertTrue(expression.contains("\"" + term + "\""), expression);
        }
        assertEquals(terms.isEmpty(), expression.isEmpty());
    }

    @Property(tries = 20)
    void aPastedPassageOfTenThousandCharactersSearches(@ForAll("longQueries") String query) {
        assertEquals(10_000, query.length());
        store.search().search(query, 20);
        store.search().inArticle(1, query);
        assertTrue(SearchQuery.terms(query).size() <= SearchQuery.MAX_TERMS);
    }

    @Property(tries = 1)
    void aPastedPassageFindsItsArticleByItsFirstWords() {
        String body = Samples.body(Samples.AFP_FILE);
        String passage = (body.repeat(10)).substring(0, 10_000);
        assertTrue(SearchRepository.isTruncated(passage));
        List<SearchHit> hits = store.search().search(passage, 20);
        assertEquals(1, hits.stream().filter(h -> h.source() == SearchHit.Source.ARTICLE).count(), passage);
    }

    @Property(tries = 1)
    void wordsAmongBrokenSyntaxStillFindTheirArticle() {
        for (String query : List.of("\"Pyongyang", "Pyongyang\"", "Pyongyang AND", "NEAR(Pyongyang", "Pyongyang OR", "-Pyongyang",
                "Pyongyang *", "(Pyongyang", "Pyongyang)", "Pyongyang 🙂", ":Pyongyang", "^Pyongyang")) {
            assertFalse(store.search().search(query, 20).isEmpty(), query);
        }
        for (String query : List.of("-", "*", "\"", "AND", "🙂", "NEAR(", "\u0002", "\"\"", "   ")) {
            if (SearchQuery.terms(query).stream().noneMatch(t -> t.chars().anyMatch(Character::isLetterOrDigit))) {
                assertEquals(List.of(), store.search().search(query, 20), query);
            }
        }
    }

    @Provide
    Arbitrary<String> hostileQueries() {
        Arbitrary<String> pieces = Arbitraries.oneOf(Arbitraries.of(SYNTAX), Arbitraries.strings().ofMaxLength(6));
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> longQueries() {
        Arbitrary<String> word = Arbitraries.of(SYNTAX);
        return Combinators.combine(word.list().ofMinSize(3000).ofMaxSize(3000), Arbitraries.of(" ", "", "\""))
                .as((words, glue) -> {
                    String joined = String.join(glue.isEmpty() ? " " : glue, words).repeat(4);
                    return (joined + "x".repeat(10_000)).substring(0, 10_000);
                });
    }
}
