package io.sourcemark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sourcemark.analysis.eval.ArticleAttributions;
import io.sourcemark.analysis.eval.AttributionReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArticleTextTest {

    @Test
    void bodyOfEverySampleArticleIsTheTextTheGoldWasAnnotatedOn() throws Exception {
        int compared = 0;
        for (ArticleAttributions gold : new AttributionReader().read(Path.of("src/test/resources/eval/dev_gold.jsonl"))) {
            Path file = Path.of("sample-articles", gold.id() + ".txt");
            if (Files.exists(file)) {
                assertEquals(gold.text(), ArticleText.read(file), gold.id());
                compared++;
            }
        }
        assertEquals(15, compared);
    }

    @Test
    void keepsATextWithoutHeaderWhole() throws Exception {
        String afp = ArticleText.read(Path.of("sample-articles/000-afp-north-korea-arms-russia.txt"));

        assertTrue(afp.startsWith("The White House on Tuesday warned North Korea"), afp.substring(0, 60));
    }

    @Test
    void skipsOnlyABlockOfKeyValueLines() {
        assertEquals("Body.", ArticleText.body("Title: T\nURL: https://x.org/a\n\nBody."));
        assertEquals("Note: not a header\nbut a sentence\n\nBody.",
                ArticleText.body("Note: not a header\nbut a sentence\n\nBody."));
        assertEquals("Body.", ArticleText.body("\uFEFFTitle: T\r\n\r\nBody."));
        assertEquals("Body.", ArticleText.body("Source: Desk\nDate: 2024-01-02\n\nBody."));
    }

    @Test
    void keepsALeadParagraphThatOnlyLooksLikeAHeaderLine() {
        assertEquals("Update: Officials said the toll rose to 20.\n\nBody.",
                ArticleText.body("Update: Officials said the toll rose to 20.\n\nBody."));
    }
}
