package io.sourcemark.analysis.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteScorerTest {

    private final AttributionReader reader = new AttributionReader();
    private final QuoteScorer scorer = new QuoteScorer();

    @ParameterizedTest(name = "{1} --units {2}")
    @CsvSource({
        "dev_gold, perfect, direct", "dev_gold, perfect, all",
        "dev_gold, perturbed, direct", "dev_gold, perturbed, all",
        "dev_gold, regex, direct", "dev_gold, regex, all",
        "dev_gold, quoted, direct", "dev_gold, quoted, all",
        "tie_gold, tie, direct", "tie_gold, tie, all",
        "challenge_gold, perturbed, direct", "challenge_gold, perturbed, all",
        "challenge_gold, regex, direct", "challenge_gold, regex, all"})
    void printsWhatTheReferenceScorerPrinted(String gold, String pred, String units) throws Exception {
        Units u = Units.valueOf(units.toUpperCase(Locale.ROOT));
        String prefix = gold.startsWith("challenge") ? "challenge_" : "";
        String predFile = pred.equals("tie") ? "tie_pred.jsonl" : prefix + "pred_" + pred + ".jsonl";

        ScoreReport report = scorer.score(read(gold + ".jsonl"), read(predFile), u);

        List<String> expected = Files.readAllLines(resource("expected/" + prefix + pred + "_" + units + ".txt"),
                StandardCharsets.UTF_8);
        assertEquals(expected, report.lines());
    }

    @Test
    void goldScoredAgainstItselfIsPerfectOnAllUnits() throws Exception {
        ScoreReport report = scorer.score(read("dev_gold.jsonl"), read("pred_perfect.jsonl"), Units.ALL);

        assertEquals(16, report.articlesScored());
        for (LevelScore level : report.levels()) {
            assertEquals(370, level.gold());
            assertEquals(1.0, level.precision());
            assertEquals(1.0, level.recall());
            assertEquals(1.0, level.f1());
            assertEquals(1.0, level.speakerSpanAccuracy());
            assertEquals(1.0, level.speakerNameAccuracy());
            assertEquals(1.0, level.quoteSpeakerF1());
        }
    }

    @Test
    void everyGoldQuotedSpanPredictedOnceIsPerfectOnDirectUnits() throws Exception {
        ScoreReport report = scorer.score(read("dev_gold.jsonl"), read("pred_quoted.jsonl"), Units.DIRECT);

        for (LevelScore level : report.levels()) {
            assertEquals(133, level.matched());
            assertEquals(1.0, level.f1());
            assertEquals(1.0, level.quoteSpeakerF1());
        }
    }

    @Test
    void laterOfTwoIdenticalPredictionsWinsTheTie() throws Exception {
        LevelScore exact = scorer.score(read("tie_gold.jsonl"), read("tie_pred.jsonl"), Units.DIRECT).level("exact");

        assertEquals(1, exact.matched());
        assertEquals(0, exact.speakerSpanCorrect());
    }

    @Test
    void reportsTheLineOfABrokenPredictionFile(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\": \"a\", \"quotes\": []}\n{\"id\": \"b\", \"quotes\": [{\"start\": 4}]}\n");

        EvalFileException e = assertThrows(EvalFileException.class, () -> reader.read(bad));

        assertTrue(e.getMessage().contains("bad.jsonl:2"), e.getMessage());
        assertTrue(e.getMessage().contains("\"start\" and \"end\""), e.getMessage());
    }

    private List<ArticleAttributions> read(String name) throws EvalFileException {
        return reader.read(resource(name));
    }

    private static Path resource(String name) {
        try {
            return Path.of(QuoteScorerTest.class.getResource("/eval/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
