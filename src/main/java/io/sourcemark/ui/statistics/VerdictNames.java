package io.sourcemark.ui.statistics;

import io.sourcemark.model.Verdict;

/** Verdicts in the analyst's words, for the charts' axes and legends. */
final class VerdictNames {

    private VerdictNames() {
    }

    static String of(Verdict verdict) {
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
}
