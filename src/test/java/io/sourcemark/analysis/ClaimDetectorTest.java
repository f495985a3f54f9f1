package io.sourcemark.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sourcemark.model.ClaimCategory;
import io.sourcemark.model.TextRange;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClaimDetectorTest {

    private static Analyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = Analyzer.load();
    }

    private static Optional<DetectedClaim> claimAt(String text, Analysis a, String start) {
        int at = text.indexOf(start);
        assertTrue(at >= 0, "no sentence " + start);
        return a.claims().stream().filter(c -> c.range().start() == at).findFirst();
    }

    @Test
    void reportedLegalStatusIsALegalClaimOfItsSpeakers() {
        String afp = Articles.body("000-afp");
        DetectedClaim c = claimAt(afp, analyzer.analyze(afp), "Last week, Washington, London, Seoul and Tokyo said")
                .orElseThrow();
        assertEquals(ClaimCategory.LEGAL, c.category());
        assertTrue(c.score() >= 0.7, "score " + c.score());
        assertEquals("Washington, London, Seoul and Tokyo", c.speakerName());
    }

    @Test
    void questionsAndFeelingsAreNotClaims() {
        String text = "Why not? I am so proud of our team and grateful to everyone who helped. "
                + "The government said on Monday that 1,200 soldiers were killed in the attack in March 2022.";
        Analysis a = analyzer.analyze(text);
        assertFalse(claimAt(text, a, "Why not?").isPresent(), a.claims().toString());
        assertFalse(claimAt(text, a, "I am so proud").isPresent(), a.claims().toString());
        DetectedClaim killed = claimAt(text, a, "The government said").orElseThrow();
        assertEquals(new TextRange(text.indexOf("The government"), text.length()), killed.range());
        assertEquals(ClaimCategory.STATISTIC, killed.category());
    }

    @Test
    void unattributedClaimHasNoSpeaker() {
        String text = "The bridge collapsed on Tuesday, killing 43 people, the worst disaster in the city since 1950.";
        DetectedClaim c = claimAt(text, analyzer.analyze(text), "The bridge").orElseThrow();
        assertEquals(-1, c.speakerIndex());
        assertNull(c.speakerName());
    }

    @Test
    void categoriesFollowTheStrongestCheckableContent() {
        ClaimCategories categories = new ClaimCategories(new ClaimLexicon());
        assertEquals(ClaimCategory.LEGAL, categoryOf(categories, "The court found the suspension unlawful."));
        assertEquals(ClaimCategory.STATISTIC, categoryOf(categories, "Unemployment rose to 7.5% in May."));
        assertEquals(ClaimCategory.COMPARISON, categoryOf(categories, "It is the largest bank in Europe."));
        assertEquals(ClaimCategory.CAUSAL, categoryOf(categories, "The flooding caused the closure of the port."));
        assertEquals(ClaimCategory.POLICY, categoryOf(categories, "The scheme provides funding for farmers."));
        assertEquals(ClaimCategory.EVENT, categoryOf(categories, "The minister resigned on Friday."));
        assertEquals(ClaimCategory.QUOTED, categoryOf(categories, "\u201CWe stopped the shipment,\u201D she said."));
    }

    private static ClaimCategory categoryOf(ClaimCategories categories, String text) {
        Analyzer.Parsed p = analyzer.parse(text);
        return categories.of(p.context(), new TextRange(0, text.length()));
    }

    @Test
    void claimsAreSortedApartAndScoredAtLeastTheThreshold() {
        ClaimModel model = ClaimModel.load();
        for (String prefix : List.of("000-afp", "016-house", "029-white-house")) {
            String text = Articles.body(prefix);
            List<DetectedClaim> claims = analyzer.analyze(text).claims();
            assertFalse(claims.isEmpty(), prefix);
            for (int i = 0; i < claims.size(); i++) {
                DetectedClaim c = claims.get(i);
                assertTrue(c.score() >= model.threshold() - 0.0005 && c.score() <= 1, prefix + " " + c);
                if (i > 0) {
                    assertTrue(claims.get(i - 1).range().end() <= c.range().start(), prefix + " " + c);
                }
            }
        }
    }

    @Test
    void withoutAClaimModelTheEngineSuggestsNoClaimsButTheSameQuotes() {
        String afp = Articles.body("000-afp");
        Analysis without = new Analyzer(AnalyzerModels.load().withClaims(null)).analyze(afp);
        assertTrue(without.claims().isEmpty());
        assertEquals(analyzer.analyze(afp).quotes(), without.quotes());
    }
}
