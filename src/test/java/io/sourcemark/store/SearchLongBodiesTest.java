package io.sourcemark.store;

import io.sourcemark.model.Article;
import io.sourcemark.model.ArticleMeta;
import io.sourcemark.model.TextRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Searching long article bodies, which are found in pieces (the index's own functions grow with the square of the
 * hits): the same ranges as in a short body, every one of them, and a passage that shows the words the offsets
 * point at.
 */
class SearchLongBodiesTest {

    private static final String SENTENCE = "The economy grew 5% last year, officials in Gdańsk said on Tuesday. ";

    @TempDir
    Path folder;
    private ProjectStore store;

    @BeforeEach
    void open() throws ProjectOpenException {
        store = ProjectStore.open(folder.resolve("long.sourcemark"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Article insert(String title, String body) {
        return store.articles().insert(new ArticleMeta(title, "Bench", null, null, null, null, null, null), body,
                Samples.sha256(body));
    }

    private static List<TextRange> every(String body, String regex) {
        List<TextRange> ranges = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(body);
        while (m.find()) {
            ranges.add(new TextRange(m.start(), m.end()));
        }
        return ranges;
    }

    /** The same ranges; when not, the count and the first that differs, not lists of thousands. */
    private static void assertSame(List<TextRange> expected, List<TextRange> found) {
        for (int i = 0; i < Math.min(expected.size(), found.size()); i++) {
            assertEquals(expected.get(i), found.get(i), "range " + i + " of " + expected.size());
        }
        assertEquals(expected.size(), found.size(), "ranges found");
    }

    @Test
    void everyHitOfAMegabyteBodyIsFoundAndThePhraseIsOneRangeAsInAShortBody() {
        // one paragraph, no line break: the pieces end at spaces
        String body = SENTENCE.repeat(1_000_000 / SENTENCE.length()).strip();
        Article article = insert("A megabyte of the economy", body);
        assertTrue(body.length() > 30 * LongBodyHits.PIECE);

        List<TextRange> officials = store.search().inArticle(article.id(), "officials");
        assertSame(every(body, "officials"), officials);
        // accents ignored, as the index does; a phrase's words are one range; an unfinished last word
        assertSame(every(body, "Gdańsk said"), store.search().inArticle(article.id(), "\"gdansk said\""));
        assertSame(every(body, "Tuesday"), store.search().inArticle(article.id(), "Tues"));

        Article small = insert("A short one", SENTENCE.repeat(3).strip());
        assertSame(every(small.body(), "Gdańsk said"), store.search().inArticle(small.id(), "\"gdansk said\""));
    }

    @Test
    void theHitOfALongArticlePointsAtItsFirstWordsAndItsPassageShowsThem() {
        String body = "A quiet opening line about nothing in particular.\n\n" + SENTENCE.repeat(3000)
                + "\n\nThe officials closed the session.";
        Article article = insert("Officials and growth", body);
        assertTrue(body.length() > LongBodyHits.LONG);

        List<SearchHit> hits = store.search().search("officials", 10);
        assertEquals(1, hits.size());
        SearchHit hit = hits.get(0);
        assertEquals(article.id(), hit.articleId());
        int first = body.indexOf("officials");
        assertEquals(new TextRange(first, first + "officials".length()), hit.range());
        assertTrue(hit.snippet().startsWith("…"), hit.snippet());
        assertTrue(hit.snippet().contains("grew 5% last year, " + SearchHit.MATCH_START + "officials"
                + SearchHit.MATCH_END + " in Gdańsk"), hit.snippet());
    }

    @Test
    void aShortArticlesPassageShowsTheWordsItsOffsetsPointAtNotABetterScoringOneFurtherOn() {
        // the first mention is alone; further on the two words come together, where the index's snippet went
        String body = "The White House spokesman spoke first. Many lines of other news follow here, "
                + "about the weather and the markets and the harvest. At last the White House and the White "
                + "House press office said again that the White House would answer.";
        Article article = insert("Statements", body);
        SearchHit hit = store.search().search("\"White House\"", 10).get(0);
        assertEquals(article.id(), hit.articleId());
        assertEquals(new TextRange(4, 15), hit.range());
        assertTrue(hit.snippet().startsWith(SearchHit.MATCH_START + "White House" + SearchHit.MATCH_END)
                || hit.snippet().startsWith("The " + SearchHit.MATCH_START + "White House" + SearchHit.MATCH_END),
                hit.snippet());
        assertEquals(body.substring(hit.range().start(), hit.range().end()), "White House");
    }

    @Test
    void aWordFoundOnlyInTheTitleShowsTheTitleMarked() {
        insert("Harvest figures", "Nothing here but the weather.");
        SearchHit hit = store.search().search("harvest", 10).get(0);
        assertEquals(null, hit.range());
        assertEquals(SearchHit.MATCH_START + "Harvest" + SearchHit.MATCH_END + " figures", hit.snippet());
    }
}
