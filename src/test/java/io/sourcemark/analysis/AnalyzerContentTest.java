package io.sourcemark.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sourcemark.model.SpeakerKind;
import io.sourcemark.model.ClaimCategory;
import io.sourcemark.model.TextRange;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnalyzerContentTest {

    private static Analyzer analyzer;
    private static String afp;
    private static Analysis afpAnalysis;

    @BeforeAll
    static void load() {
        analyzer = Analyzer.load();
        afp = Articles.body("000-afp");
        afpAnalysis = analyzer.analyze(afp);
    }

    private static DetectedQuote quoteStartingWith(Analysis a, String text, String start) {
        return a.quotes().stream().filter(q -> q.range().of(text).startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting with " + start));
    }

    @Test
    void attributesPeskovQuoteToKremlinSpokesmanWithToldCue() {
        DetectedQuote q = quoteStartingWith(afpAnalysis, afp, "“No, we can’t (confirm)");
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("“No, we can’t (confirm), we have nothing to say on this matter,”", q.range().of(afp));
        assertEquals("Kremlin spokesman Dmitry Peskov", q.speakerText());
        assertEquals("told", q.cueText());
        assertEquals("Dmitry Peskov", q.speakerName());
        DetectedSpeaker peskov = afpAnalysis.speakers().get(q.speakerIndex());
        assertEquals(SpeakerKind.PERSON, peskov.kind());
        assertEquals("Kremlin spokesman", peskov.role());
    }

    @Test
    void resolvesHeInThirdParagraphToJakeSullivanAndContinuesIntoNextParagraph() {
        DetectedQuote q = quoteStartingWith(afpAnalysis, afp, "“It remains an open question");
        assertEquals("he", q.speakerText());
        assertEquals("said", q.cueText());
        assertEquals("Jake Sullivan", q.speakerName());
        assertEquals(2, q.fragments().size());
        assertTrue(q.fragments().get(1).of(afp).startsWith("“that says a lot about Russia"));
        assertEquals(q.fragments(), q.quotedSpans());
    }

    @Test
    void keepsQuoteInterruptedByAttributionAsOneRecordWithTwoFragments() {
        DetectedQuote q = quoteStartingWith(afpAnalysis, afp, "“As we have previously stated");
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals(2, q.fragments().size());
        assertTrue(q.fragments().get(1).of(afp).startsWith("“we know that Kim Jong Un"));
        assertEquals("Adrienne Watson, a spokesperson for the White House National Security Council,", q.speakerText());
        assertEquals("Adrienne Watson", q.speakerName());
    }

    @Test
    void findsIndirectQuoteWithAcknowledgedThat() {
        DetectedQuote q = quoteStartingWith(afpAnalysis, afp, "that he was unable to say");
        assertEquals(QuoteKind.INDIRECT, q.kind());
        assertEquals("that he was unable to say precisely what types of weapons would be delivered",
                q.range().of(afp));
        assertEquals("Mr. Sullivan", q.speakerText());
        assertEquals("acknowledged", q.cueText());
        assertEquals("Jake Sullivan", q.speakerName());
        assertTrue(q.quotedSpans().isEmpty());
    }

    @Test
    void findsMixedQuoteWithItsQuotedFragments() {
        DetectedQuote q = quoteStartingWith(afpAnalysis, afp, "Such arms delivery");
        assertEquals(QuoteKind.MIXED, q.kind());
        assertEquals(List.of("“image”", "“they will pay the price in the international community,”",
                        "“active discussions”"),
                q.quotedSpans().stream().map(r -> r.of(afp)).toList());
        assertEquals("National Security Adviser Jake Sullivan", q.speakerText());
    }

    @Test
    void clustersSullivanMentionsWithRoleFromTitle() {
        DetectedSpeaker sullivan = afpAnalysis.speakers().stream().filter(s -> s.name().equals("Jake Sullivan"))
                .findFirst().orElseThrow();
        assertEquals(SpeakerKind.PERSON, sullivan.kind());
        assertEquals("National Security Adviser", sullivan.role());
        List<String> mentions = sullivan.mentions().stream().map(r -> r.of(afp)).toList();
        assertTrue(mentions.contains("Mr. Sullivan"), mentions.toString());
        assertTrue(mentions.contains("he"), mentions.toString());
    }

    @Test
    void resolvesTheMinisterToTheNamedDefenseMinister() {
        DetectedQuote q = quoteStartingWith(afpAnalysis, afp, "“We are discussing it with everyone");
        assertEquals("the minister", q.speakerText());
        assertEquals("Sergei Shoigu", q.speakerName());
    }

    @Test
    void readsCapitalAsItsGovernment() {
        DetectedQuote q = quoteStartingWith(afpAnalysis, afp, "that Pyongyang had supplied infantry rockets");
        assertEquals("Washington", q.speakerText());
        assertEquals("US government", q.speakerName());
        assertEquals(SpeakerKind.GOVERNMENT_BODY, afpAnalysis.speakers().get(q.speakerIndex()).kind());
    }

    @Test
    void attributesTranscriptTurnsToTheirLabels() {
        String briefing = Articles.body("029-");
        Analysis a = analyzer.analyze(briefing);
        DetectedQuote turn = quoteStartingWith(a, briefing, "Thanks, Karine.");
        assertEquals(QuoteKind.DIRECT, turn.kind());
        assertEquals("MR. SULLIVAN", turn.speakerText());
        assertEquals(":", turn.cueText());
        assertEquals("Jake Sullivan", turn.speakerName());
        assertTrue(turn.quotedSpans().isEmpty());
        assertTrue(turn.fragments().size() > 10, "one fragment per paragraph of the turn");
        assertTrue(turn.fragments().get(1).of(briefing).startsWith("Today is a good day."));
        DetectedQuote question = quoteStartingWith(a, briefing, "Thanks, Jake. Can you address Turkey’s request");
        assertEquals("Q", question.speakerText());
        assertNull(question.cue());
    }

    @Test
    void aWebAddressLineInATranscriptIsNoTurnAndEndsTheTurnBeforeIt() {
        String briefing = """
                MS. JEAN-PIERRE: Good afternoon, everyone. We have a busy week ahead of us.

                The President will travel to Ohio on Thursday.

                URL: https://example.org/briefing-room/2023/09/05/press-briefing

                Q: Thank you. Will he meet the governor there?

                MS. JEAN-PIERRE: He will, and they will visit the plant together.

                Q: And after that?

                MS. JEAN-PIERRE: He comes back to Washington on Friday.
                """;
        Analysis a = analyzer.analyze(briefing);
        assertTrue(a.quotes().stream().noneMatch(q -> "URL".equals(q.speakerText())),
                "the address line is nobody's turn");
        DetectedQuote first = quoteStartingWith(a, briefing, "Good afternoon, everyone.");
        assertEquals("MS. JEAN-PIERRE", first.speakerText());
        assertEquals(List.of("Good afternoon, everyone. We have a busy week ahead of us.",
                "The President will travel to Ohio on Thursday."), first.fragments().stream()
                .map(f -> f.of(briefing)).toList(), "the turn ends before the address");
        assertEquals("Q", quoteStartingWith(a, briefing, "Thank you. Will he meet").speakerText());
    }

    @Test
    void scoresNumericReportedSentenceAsClaimOfItsSpeaker() {
        DetectedClaim claim = afpAnalysis.claims().stream()
                .filter(c -> c.range().of(afp).startsWith("Washington said last week")).findFirst().orElseThrow();
        assertEquals("Washington said last week that Pyongyang had supplied infantry rockets and missiles to Russia "
                + "in 2022 for use by the private paramilitary group Wagner.", claim.range().of(afp));
        assertTrue(claim.score() >= 0.8 && claim.score() <= 1.0, "score " + claim.score());
        assertEquals(ClaimCategory.STATISTIC, claim.category());
        assertEquals("US government", claim.speakerName());
        assertEquals("US government", afpAnalysis.speakers().get(claim.speakerIndex()).name());
    }
}
