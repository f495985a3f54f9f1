package io.sourcemark.cli;

import io.sourcemark.analysis.Analysis;
import io.sourcemark.analysis.eval.ArticleAttributions;
import io.sourcemark.analysis.eval.Attribution;
import java.util.List;
import java.util.Locale;

/** The engine's quotes in the scorer's terms, as analyze --jsonl writes them. */
final class Predictions {

    private Predictions() {
    }

    static ArticleAttributions of(String id, Analysis analysis) {
        List<Attribution> quotes = analysis.quotes().stream()
                .map(q -> new Attribution(q.range(), q.kind().name().toLowerCase(Locale.ROOT), q.quotedSpans(),
                        q.speakerMention(), q.speakerText()))
                .toList();
        return new ArticleAttributions(id, null, quotes);
    }
}
