package io.sourcemark.analysis.eval;

import io.sourcemark.analysis.Analysis;
import io.sourcemark.analysis.DetectedQuote;
import io.sourcemark.analysis.QuoteKind;
import java.util.List;
import java.util.Locale;

/** The engine's quotes in the scorer's terms, as analyze --jsonl writes them. */
public final class Predictions {

    private Predictions() {
    }

    public static ArticleAttributions of(String id, Analysis analysis) {
        List<Attribution> quotes = analysis.quotes().stream()
                .map(q -> new Attribution(q.range(), q.kind().name().toLowerCase(Locale.ROOT), q.quotedSpans(),
                        q.speakerMention(), q.speakerText()))
                .toList();
        return new ArticleAttributions(id, null, quotes);
    }

    /**
     * A turn of a transcript or interview: direct speech introduced by a speaker label, with no quotation marks.
     * The reference scorer counts it as a direct unit although gold turns give none (see {@link #withoutTurns}).
     */
    public static boolean isTurn(DetectedQuote quote) {
        return quote.kind() == QuoteKind.DIRECT && quote.quotedSpans().isEmpty();
    }

    static boolean isTurn(Attribution attribution) {
        return "direct".equals(attribution.kind()) && attribution.quotedSpans().isEmpty();
    }

    /** The predictions with every turn left out: the quotes in quotation marks and reported speech remain. */
    public static List<ArticleAttributions> withoutTurns(List<ArticleAttributions> predicted) {
        return predicted.stream()
                .map(a -> new ArticleAttributions(a.id(), a.text(),
                        a.quotes().stream().filter(q -> !isTurn(q)).toList()))
                .toList();
    }
}
