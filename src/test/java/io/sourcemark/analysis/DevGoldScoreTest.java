package io.sourcemark.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sourcemark.analysis.eval.ArticleAttributions;
import io.sourcemark.analysis.eval.AttributionReader;
import io.sourcemark.analysis.eval.LevelScore;
import io.sourcemark.analysis.eval.Predictions;
import io.sourcemark.analysis.eval.QuoteScorer;
import io.sourcemark.analysis.eval.Units;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the engine at the scores it reaches on the dev gold, measured as score_quotes.py measures them. */
class DevGoldScoreTest {

    private static List<ArticleAttributions> gold;
    private static List<ArticleAttributions> predicted;

    @BeforeAll
    static void analyseTheGoldTexts() throws Exception {
        gold = new AttributionReader().read(Path.of("src/test/resources/eval/dev_gold.jsonl"));
        Analyzer analyzer = Analyzer.load();
        predicted = gold.stream().map(a -> Predictions.of(a.id(), analyzer.analyze(a.text()))).toList();
    }

    private static LevelScore score(List<ArticleAttributions> goldArticles, List<ArticleAttributions> predictions,
                                    Units units, String level) {
        return new QuoteScorer().score(goldArticles, predictions, units).level(level);
    }

    @Test
    void quotationMarkQuotesStayAboveTargets() {
        LevelScore direct = score(gold, Predictions.withoutTurns(predicted), Units.DIRECT, "exact");

        assertTrue(direct.f1() >= 0.98, "direct exact F1 " + direct);
        assertTrue(direct.speakerSpanAccuracy() >= 0.99, "speaker span accuracy " + direct);
        assertTrue(direct.quoteSpeakerF1() >= 0.98, "direct piece + speaker F1 " + direct);
    }

    @Test
    void allAttributionsStayAboveTargetAtLooseCoverage() {
        LevelScore all = score(gold, predicted, Units.ALL, "cov>=0.3");

        assertTrue(all.f1() >= 0.90, "all units F1 at coverage 0.3 " + all);
        assertTrue(all.speakerSpanAccuracy() >= 0.97, "speaker span accuracy " + all);
    }

    @Test
    void allAttributionsStayAboveTargetAtExactOffsets() {
        LevelScore all = score(gold, predicted, Units.ALL, "exact");

        assertTrue(all.f1() >= 0.79, "all units exact F1 " + all);
    }

    @Test
    void findsEveryQuotationOfTheAfpArticleWithItsSpeaker() {
        List<ArticleAttributions> afp = gold.stream().filter(a -> a.id().startsWith("000_")).toList();

        LevelScore direct = score(afp, predicted, Units.DIRECT, "exact");

        assertEquals(14, direct.gold());
        assertEquals(14, direct.matched());
        assertEquals(14, direct.quoteSpeakerCorrect());
    }
}
