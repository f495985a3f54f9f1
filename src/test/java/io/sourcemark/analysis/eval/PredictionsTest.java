package io.sourcemark.analysis.eval;

import io.sourcemark.model.TextRange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PredictionsTest {

    private static Attribution record(String kind, List<TextRange> quoted) {
        return new Attribution(new TextRange(0, 10), kind, quoted, null, null);
    }

    @Test
    void withoutTurnsLeavesOutOnlyDirectRecordsWithoutQuotationMarks() {
        Attribution turn = record("direct", List.of());
        Attribution quote = record("direct", List.of(new TextRange(0, 10)));
        Attribution mixed = record("mixed", List.of(new TextRange(2, 5)));
        Attribution reported = record("indirect", List.of());

        List<ArticleAttributions> kept = Predictions.withoutTurns(
                List.of(new ArticleAttributions("a", "text", List.of(turn, quote, mixed, reported))));

        assertEquals(List.of(quote, mixed, reported), kept.get(0).quotes());
        assertEquals("text", kept.get(0).text());
    }
}
