package io.sourcemark.analysis.eval;

import io.sourcemark.model.TextRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which pieces of an article's attributions are paired, for gold and for predictions. */
final class UnitSelection {

    private UnitSelection() {
    }

    /** Gold: the distinct quoted spans of direct and mixed attributions, or every content range. */
    static List<ScoredUnit> gold(ArticleAttributions article, Units units) {
        List<ScoredUnit> out = new ArrayList<>();
        Set<TextRange> seen = new HashSet<>();
        for (Attribution a : article.quotes()) {
            if (units == Units.ALL) {
                out.add(ScoredUnit.of(a.range(), a));
                continue;
            }
            if (!isQuoted(a.kind())) {
                continue;
            }
            for (TextRange span : a.quotedSpans()) {
                if (seen.add(span)) {
                    out.add(ScoredUnit.of(span, a));
                }
            }
        }
        return out;
    }

    /**
     * Predictions: every record, or the quoted spans of direct and mixed records with their record's speaker; a
     * direct record without quoted spans counts as one piece.
     */
    static List<ScoredUnit> predicted(ArticleAttributions article, Units units) {
        List<ScoredUnit> out = new ArrayList<>();
        for (Attribution a : article.quotes()) {
            if (units == Units.ALL) {
                out.add(ScoredUnit.of(a.range(), a));
                continue;
            }
            if (!isQuoted(a.kind())) {
                continue;
            }
            List<TextRange> spans = a.quotedSpans();
            if (spans.isEmpty() && "direct".equals(a.kind())) {
                spans = List.of(a.range());
            }
            spans.forEach(span -> out.add(ScoredUnit.of(span, a)));
        }
        return out;
    }

    private static boolean isQuoted(String kind) {
        return "direct".equals(kind) || "mixed".equals(kind);
    }
}
