package io.sourcemark.ui;

import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.StatementInArticle;
import io.sourcemark.model.TextRange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpeakerWordsTest {

    private static StatementInArticle statement(Kind kind, String exact) {
        return new StatementInArticle(1, 1, "An article", kind, Origin.CONFIRMED, new TextRange(0, exact.length()),
                exact, null, null);
    }

    @Test
    void aDirectQuoteGetsOnePairOfQuotationMarksAndReportedSpeechNone() {
        assertEquals("“It remains an open question”",
                SpeakerWords.quoted(statement(Kind.DIRECT_QUOTE, "“It remains an open question”")));
        assertEquals("“active discussions”", SpeakerWords.quoted(statement(Kind.DIRECT_QUOTE, "active discussions")));
        assertEquals("he was unable to say which weapons",
                SpeakerWords.quoted(statement(Kind.INDIRECT_QUOTE, "he was  unable to say\nwhich weapons")));
    }

    @Test
    void aLongStatementIsCutWithAnEllipsisInsideItsQuotationMarks() {
        String quoted = SpeakerWords.quoted(statement(Kind.DIRECT_QUOTE, "“" + "word ".repeat(60) + "end”"));
        assertEquals('“', quoted.charAt(0));
        assertEquals("…”", quoted.substring(quoted.length() - 2));
        String claim = SpeakerWords.quoted(statement(Kind.CLAIM, "word ".repeat(60)));
        assertEquals('…', claim.charAt(claim.length() - 1));
    }
}
