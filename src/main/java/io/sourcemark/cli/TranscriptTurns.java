package io.sourcemark.cli;

import io.sourcemark.analysis.DetectedQuote;
import io.sourcemark.analysis.QuoteKind;
import io.sourcemark.analysis.eval.ArticleAttributions;
import io.sourcemark.analysis.eval.Attribution;

import java.util.List;

/**
 * Turns of a transcript or interview: direct speech introduced by a speaker label, with no quotation marks. They
 * are written with {@code "note": "interview"}, as the gold files mark them, so that a reader can tell them apart.
 */
final class TranscriptTurns {

    static final String NOTE = "interview";

    private TranscriptTurns() {
    }

    static boolean isTurn(DetectedQuote quote) {
        return quote.kind() == QuoteKind.DIRECT && quote.quotedSpans().isEmpty();
    }

    static boolean isTurn(Attribution attribution) {
        return "direct".equals(attribution.kind()) && attribution.quotedSpans().isEmpty();
    }

    /** The predictions with every turn left out: what remains are the quotes in quotation marks and reported speech. */
    static List<ArticleAttributions> leftOut(List<ArticleAttributions> predicted) {
        return predicted.stream()
                .map(a -> new ArticleAttributions(a.id(), a.text(),
                        a.quotes().stream().filter(q -> !isTurn(q)).toList()))
                .toList();
    }
}
