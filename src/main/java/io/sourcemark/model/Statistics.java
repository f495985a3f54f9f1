package io.sourcemark.model;


import java.util.List;
import java.util.Map;

/**
 * The figures of one article or of the library: statements (quotes and claims, rejected suggestions left out) by kind,
 * verdict and review status, how many are still suggestions and how many are checked, and the top speakers.
 *
 * @param articleId  the article, or 0 for the library
 * @param byKind     every statement kind, in the order of {@link Kind}, zeros included
 * @param mixedQuotes the indirect quotes of {@code byKind} that quote some of their words, named "mixed quotes"
 *                    wherever a statement's kind is shown
 * @param byVerdict  every verdict, in scale order, zeros included; a statement without one counts as not checked
 * @param byStatus   every review status; a statement without one counts as to check
 * @param suggested  statements the engine suggested and the analyst has not accepted yet
 * @param checked    statements with a verdict other than "not checked"
 */
public record Statistics(long articleId, int statements, Map<Kind, Integer> byKind, int mixedQuotes,
                         Map<Verdict, Integer> byVerdict,
                         Map<ReviewStatus, Integer> byStatus, int suggested, int checked,
                         List<SpeakerStatistics> topSpeakers) {

    public Statistics {
        byKind = Map.copyOf(byKind);
        byVerdict = Map.copyOf(byVerdict);
        byStatus = Map.copyOf(byStatus);
        topSpeakers = List.copyOf(topSpeakers);
    }

    /** The share of statements checked, 0 to 1 (0 when there are none). */
    public double progress() {
        return statements == 0 ? 0 : (double) checked / statements;
    }
}
