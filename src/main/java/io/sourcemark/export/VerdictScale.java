package io.sourcemark.export;

import io.sourcemark.model.Verdict;
import io.sourcemark.model.VerdictColours;

import java.util.OptionalInt;

/**
 * The one place where verdicts meet schema.org ratings: a 1 (false) to 5 (true) scale, as ClaimReview publishers
 * use it, with the verdict's name as {@code alternateName}, and the colour reports show it in. See
 * docs/decisions/0017.
 */
public final class VerdictScale {

    public static final int WORST = 1;
    public static final int BEST = 5;

    private VerdictScale() {
    }

    /**
     * The rating on the 1–5 scale; empty for a verdict that says nothing about truth (not checked, unverifiable),
     * whose ClaimReview then carries only the verdict's name.
     */
    public static OptionalInt rating(Verdict verdict) {
        return switch (verdict) {
            case TRUE -> OptionalInt.of(5);
            case MOSTLY_TRUE -> OptionalInt.of(4);
            case MIXED -> OptionalInt.of(3);
            // true in part but leading to a false conclusion: rated with the mostly false
            case MOSTLY_FALSE, MISLEADING -> OptionalInt.of(2);
            case FALSE -> OptionalInt.of(1);
            case NOT_CHECKED, UNVERIFIABLE -> OptionalInt.empty();
        };
    }

    /** "Mostly false": the name in reports and ClaimReview's {@code alternateName}. */
    public static String name(Verdict verdict) {
        return switch (verdict) {
            case NOT_CHECKED -> "Not checked";
            case TRUE -> "True";
            case MOSTLY_TRUE -> "Mostly true";
            case MIXED -> "Mixed";
            case MOSTLY_FALSE -> "Mostly false";
            case FALSE -> "False";
            case MISLEADING -> "Misleading";
            case UNVERIFIABLE -> "Unverifiable";
        };
    }

    /** The verdict's colour in reports (the window's light theme shows the same). */
    static String colour(Verdict verdict) {
        return VerdictColours.onLight(verdict);
    }
}
