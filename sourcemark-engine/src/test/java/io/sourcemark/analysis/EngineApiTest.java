package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library's public API as its README section shows it, on the engine's own classpath: nothing of the app. */
class EngineApiTest {

    private static final String TEXT = "The harbour will close in May, the port authority said on Tuesday.\n\n"
            + "\"We have no other choice,\" said Marta Oyelaran, the authority's director.";

    private static Analyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = Analyzer.load();
    }

    @Test
    void aDirectQuoteComesWithItsSpeakerAndCue() {
        Analysis analysis = analyzer.analyze(TEXT);

        DetectedQuote direct = analysis.quotes().stream().filter(q -> q.kind() == QuoteKind.DIRECT).findFirst()
                .orElseThrow();
        assertEquals("\"We have no other choice,\"", slice(direct.range()));
        assertEquals("Marta Oyelaran", direct.speakerName());
        assertEquals("said", direct.cueText());
        assertEquals("Marta Oyelaran", analysis.speakers().get(direct.speakerIndex()).name());
    }

    @Test
    void reportedSpeechIsAnAttributionToo() {
        DetectedQuote reported = analyzer.analyze(TEXT).quotes().stream()
                .filter(q -> q.kind() == QuoteKind.INDIRECT).findFirst().orElseThrow();
        assertEquals("The harbour will close in May", slice(reported.range()));
        assertTrue(reported.speakerText().contains("port authority"), reported.speakerText());
    }

    @Test
    void emptyTextGivesNothing() {
        Analysis analysis = analyzer.analyze("");
        assertTrue(analysis.quotes().isEmpty() && analysis.claims().isEmpty() && analysis.speakers().isEmpty());
    }

    private static String slice(TextRange range) {
        return TEXT.substring(range.start(), range.end());
    }
}
