package io.sourcemark.service;

import io.sourcemark.export.VerdictScale;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.Stance;
import io.sourcemark.model.Verdict;

/** Verdicts, review states and stances in the analyst's words, the same in change labels and in the window. */
public final class VerdictNames {

    private VerdictNames() {
    }

    /** "Mostly true", for a label of its own and for change labels ("Set verdict: Mostly true"). */
    public static String of(Verdict verdict) {
        // the same names as in reports and exports
        return VerdictScale.name(verdict);
    }

    public static String of(ReviewStatus status) {
        return switch (status) {
            case TO_CHECK -> "To check";
            case IN_PROGRESS -> "In progress";
            case DONE -> "Done";
        };
    }

    public static String of(Stance stance) {
        return switch (stance) {
            case SUPPORTS -> "Supports";
            case REFUTES -> "Refutes";
            case CONTEXT -> "Context";
        };
    }
}
