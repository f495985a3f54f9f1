package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.ArticleSummary;
import io.sourcemark.model.Kind;
import io.sourcemark.model.LibraryHit;
import io.sourcemark.model.TextRange;
import io.sourcemark.store.SearchHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchServiceTest {

    @TempDir
    Path dir;
    private TestProject project;
    private SearchService search;
    private long afp;
    private Article article;

    @BeforeEach
    void open() throws Exception {
        project = TestProject.open(dir.resolve("search.sourcemark"));
        search = new SearchService(project.project());
        afp = project.imports().importBundledSamples();
        project.detection().detect(afp);
        article = project.articles().article(afp).orElseThrow();
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void findsTheArticleItsStatementsAndTheSpeakerWithTitlesSnippetsAndRanges() {
        SearchResults results = search.search("Shoigu");
        assertEquals("", results.message());
        List<LibraryHit> hits = results.hits();
        assertTrue(hits.stream().anyMatch(h -> h.what().equals("speaker") && h.articleId() == afp
                && h.range() != null && h.range().of(article.body()).contains("Shoigu")), hits.toString());
        assertTrue(hits.stream().anyMatch(h -> h.what().equals("article") && h.articleId() == afp
                && h.range().of(article.body()).equals("Shoigu")), hits.toString());
        for (LibraryHit hit : hits) {
            if (hit.articleId() == afp) {
                assertEquals(article.meta().title(), hit.articleTitle());
            }
            assertTrue(hit.snippet().contains(SearchHit.MATCH_START + "Shoigu"), hit.snippet());
            assertFalse(hit.plainSnippet().contains(String.valueOf(SearchHit.MATCH_START)));
        }
        LibraryHit statement = hits.stream().filter(h -> h.annotationId() != 0 && !h.what().equals("speaker"))
                .findFirst().orElseThrow();
        Annotation found = project.read(tx -> tx.annotations().find(statement.annotationId())).orElseThrow();
        assertEquals(found.range(), statement.range());
        assertEquals(KindNames.of(found.kind()), statement.what());
        assertTrue(found.exact().contains("Shoigu"), found.exact());
    }

    @Test
    void findsANoteAsSoonAsItIsWrittenAndForgetsItOnUndo() {
        Annotation claim = project.annotations().annotate(afp, Kind.CLAIM, new TextRange(0, 40));
        project.run(tx -> tx.annotations().update(claim.withNote("verify with the Yonhap desk")));
        LibraryHit hit = search.search("yonhap desk").hits().get(0);
        assertEquals("note on a claim", hit.what());
        assertEquals(claim.id(), hit.annotationId());

        project.history().undo();
        assertEquals(List.of(), search.search("yonhap desk").hits());
        assertEquals("No matches for “yonhap desk”.", search.search("yonhap desk").message());
    }

    @Test
    void answersEveryQueryWithHitsOrAMessage() {
        assertEquals("Type words to search the library for.", search.search("   ").message());
        for (String nothing : List.of("-", "*", "\"", "AND", "NEAR(", "🙂", "( )")) {
            SearchResults results = search.search(nothing);
            assertEquals(List.of(), results.hits(), nothing);
            assertTrue(results.message().startsWith("Nothing to search for in “"), results.message());
        }
        for (String broken : List.of("\"Shoigu", "Shoigu AND", "NEAR(Shoigu", "-Shoigu", "Shoigu*", "Shoigu 🙂")) {
            assertFalse(search.search(broken).hits().isEmpty(), broken);
        }
        String pasted = (article.body() + " ").repeat(5).substring(0, 10_000);
        SearchResults long10k = search.search(pasted);
        assertTrue(long10k.hits().stream().anyMatch(h -> h.articleId() == afp && h.what().equals("article")));
        assertEquals("Only the first words of the text were searched.", long10k.message());
    }

    @Test
    void findsEveryOccurrenceWithinTheArticle() {
        List<TextRange> ranges = search.inArticle(afp, "Shoigu");
        assertFalse(ranges.isEmpty());
        for (TextRange range : ranges) {
            assertEquals("Shoigu", range.of(article.body()));
        }
        assertEquals(article.body().split("Shoigu", -1).length - 1, ranges.size());
        assertEquals(List.of(), search.inArticle(afp, "zqxj"));
        assertEquals(List.of(), search.inArticle(afp, "NEAR("));
    }

    @Test
    void theLibraryFilterFindsArticlesByTheirText() {
        List<ArticleSummary> shoigu = project.articles().filter("Shoigu");
        assertTrue(shoigu.stream().anyMatch(a -> a.id() == afp), shoigu.toString());
        assertFalse(article.meta().title().contains("Shoigu"));
        assertEquals(project.articles().list("").size(), project.articles().filter("  ").size());
        assertEquals(List.of(), project.articles().filter("zqxj"));
        assertEquals(project.articles().list("AFP").stream().map(ArticleSummary::id).toList().isEmpty(), false);
        assertTrue(project.articles().filter("AFP").containsAll(project.articles().list("AFP")));
        // a word of the text and one of the source or the date, each where it is
        ArticleSummary theAfp = shoigu.stream().filter(a -> a.id() == afp).findFirst().orElseThrow();
        assertTrue(project.articles().filter("Shoigu " + theAfp.source()).contains(theAfp));
        assertTrue(project.articles().filter(theAfp.date() + "  shoigu").contains(theAfp));
        assertEquals(List.of(), project.articles().filter("Shoigu zqxj"), "every word, not any of them");
        // the query language's own signs are the analyst's characters, one by one as together
        for (String odd : List.of("\" - NEAR( AND * ^", "Shoigu \"", "OR", "- -", "(", "Shoigu*", "%_")) {
            List<ArticleSummary> found = project.articles().filter(odd);
            assertTrue(found.size() <= project.articles().list("").size(), odd);
        }
        assertTrue(project.articles().filter("Shoigu \"").contains(theAfp), "a stray quote does not hide a hit");
    }
}
