package io.sourcemark.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotation styles and attribution patterns on short texts written for each case. */
class QuoteStylesTest {

    private static final Analyzer ANALYZER = Analyzer.load();

    private static List<String> quoted(String text) {
        return ANALYZER.analyze(text).quotes().stream().flatMap(q -> q.quotedSpans().stream())
                .map(r -> r.of(text)).toList();
    }

    private static DetectedQuote only(String text) {
        List<DetectedQuote> quotes = ANALYZER.analyze(text).quotes();
        assertEquals(1, quotes.size(), quotes.toString());
        return quotes.get(0);
    }

    @Test
    void findsGuillemetsLowNinesAndSingleQuotesButNotApostrophes() {
        assertEquals(List.of("«We will see»"), quoted("«We will see», the mayor said."));
        assertEquals(List.of("„We will see“"), quoted("„We will see“, the mayor said."));
        assertEquals(List.of("'We will win,'"), quoted("'We will win,' the minister's aide said."));
        assertEquals(List.of("‘It is over,’"), quoted("‘It is over,’ said the coach, whose team's run ended."));
        assertTrue(quoted("The Smiths' dog isn't theirs, Smith said.").isEmpty());
    }

    @Test
    void keepsSingleQuotesNestedInDoubleQuotesInsideTheOuterQuote() {
        String text = "\"Voters said, 'It is time,' and we listened,\" the senator said.";
        assertEquals(List.of("\"Voters said, 'It is time,' and we listened,\""), quoted(text));
    }

    @Test
    void joinsInterruptedQuoteIntoOneRecord() {
        String text = "“We tried,” the coach said, “and we will try again.”";
        DetectedQuote q = only(text);
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals(List.of("“We tried,”", "“and we will try again.”"),
                q.fragments().stream().map(r -> r.of(text)).toList());
        assertEquals("the coach", q.speakerText());
        assertEquals("said", q.cueText());
    }

    @Test
    void continuesQuoteOverParagraphsWhenTheNextOneReopens() {
        String text = "The mayor, Ann Lee, said: “We start today.\n\n“Nobody will be left behind.”";
        DetectedQuote q = only(text);
        assertEquals(2, q.fragments().size());
        assertEquals("“Nobody will be left behind.”", q.fragments().get(1).of(text));
        assertEquals("Ann Lee", q.speakerName());
    }

    @Test
    void attributesQuoteToSpeakerNamedAfterSaid() {
        String text = "“Prices will fall,” said Maria Gomez, an economist at the central bank.";
        DetectedQuote q = only(text);
        assertEquals("Maria Gomez, an economist at the central bank", q.speakerText());
        assertEquals("Maria Gomez", q.speakerName());
    }

    @Test
    void leavesScareQuotesAndTitlesOut() {
        assertTrue(ANALYZER.analyze("The company's “flagship” ferry sailed. She watched “Casablanca” again.")
                .quotes().isEmpty());
    }

    @Test
    void readsSoCalledAsANamingWithoutSource() {
        String text = "The so-called “reform” passed.";
        DetectedQuote q = only(text);
        assertEquals(QuoteKind.MIXED, q.kind());
        assertEquals(List.of("The", "“reform”"), q.fragments().stream().map(r -> r.of(text)).toList());
        assertEquals(List.of("“reform”"), q.quotedSpans().stream().map(r -> r.of(text)).toList());
        assertEquals("so-called", q.cueText());
        assertEquals(null, q.speakerMention());
    }

    @Test
    void findsReportedSpeechWithAccordingToAfterTheContent() {
        String text = "Three people were injured in the fire, according to the fire brigade.";
        DetectedQuote q = only(text);
        assertEquals(QuoteKind.INDIRECT, q.kind());
        assertEquals("Three people were injured in the fire", q.range().of(text));
        assertEquals("the fire brigade", q.speakerText());
        assertEquals("according to", q.cueText());
    }

    @Test
    void splitsSaidAndAddingThatIntoTwoRecordsWithOneSource() {
        String text = "The talks failed, the envoy said, adding that a new round was planned.";
        List<DetectedQuote> quotes = ANALYZER.analyze(text).quotes();
        assertEquals(2, quotes.size());
        assertEquals("The talks failed", quotes.get(0).range().of(text));
        assertEquals("that a new round was planned", quotes.get(1).range().of(text));
        assertEquals("the envoy", quotes.get(1).speakerText());
        assertEquals("adding", quotes.get(1).cueText());
    }
}
