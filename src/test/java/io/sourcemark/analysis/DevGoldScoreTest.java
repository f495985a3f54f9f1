package io.sourcemark.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the engine at the scores it reaches on the dev gold (same measures as score_quotes.py). */
class DevGoldScoreTest {

    private static List<GoldScorer.Article> gold;
    private static Analyzer analyzer;

    @BeforeAll
    static void load() throws IOException {
        gold = GoldScorer.load("/eval/dev_gold.jsonl");
        analyzer = Analyzer.load();
    }

    @Test
    void quotationMarkQuotesStayAboveTargets() {
        GoldScorer.Score total = new GoldScorer.Score(0, 0, 0, 0, 0);
        for (GoldScorer.Article a : gold) {
            total = total.plus(GoldScorer.direct(a, analyzer.analyze(a.text())));
        }
        assertTrue(total.f1() >= 0.98, "direct exact F1 " + total);
        assertTrue(total.speakerAccuracy() >= 0.99, "speaker span accuracy " + total);
    }

    @Test
    void allAttributionsStayAboveTargetAtLooseCoverage() {
        GoldScorer.Score total = new GoldScorer.Score(0, 0, 0, 0, 0);
        for (GoldScorer.Article a : gold) {
            total = total.plus(GoldScorer.all(a, analyzer.analyze(a.text())));
        }
        assertTrue(total.f1() >= 0.87, "all units F1 at coverage 0.3 " + total);
        assertTrue(total.speakerAccuracy() >= 0.97, "speaker span accuracy " + total);
    }

    @Test
    void findsEveryQuotationOfTheAfpArticle() {
        GoldScorer.Article afp = gold.stream().filter(a -> a.id().startsWith("000_")).findFirst().orElseThrow();
        GoldScorer.Score s = GoldScorer.direct(afp, analyzer.analyze(afp.text()));
        assertEquals(14, s.gold());
        assertEquals(14, s.matched());
        assertEquals(14, s.speakerRight());
    }
}
