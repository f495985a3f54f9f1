package io.sourcemark.ui;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.ClaimCategory;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.Stance;
import io.sourcemark.model.Verdict;
import io.sourcemark.service.KindNames;
import io.sourcemark.service.VerdictNames;

import java.util.List;

/** How kinds and origins are named on screen, in the analyst's words (kinds as everywhere else: {@link KindNames}). */
public final class Names {

    /** The kinds the analyst marks with a key (tags come with the codebook). */
    public static final List<Kind> MARKED_KINDS = List.of(Kind.DIRECT_QUOTE, Kind.INDIRECT_QUOTE, Kind.CLAIM,
            Kind.SPEAKER);

    private Names() {
    }

    /** "direct quote", for the middle of a sentence. */
    public static String of(Kind kind) {
        return KindNames.of(kind);
    }

    /** "direct quotes", "speakers". */
    public static String plural(Kind kind) {
        return KindNames.plural(kind);
    }

    /** "Direct quote", for a label of its own. */
    public static String title(Kind kind) {
        return KindNames.title(KindNames.of(kind));
    }

    /** "Mixed quotes", as the statistics count them. */
    public static String mixedQuotesTitle() {
        return KindNames.title(KindNames.MIXED_QUOTE) + "s";
    }

    /** "Mixed quote" for reported speech with quoted words, else the kind's title. */
    public static String title(Annotation annotation) {
        return KindNames.title(KindNames.of(annotation));
    }

    /** The kind of claim as a fact-checker files it: "statistic", "legal or official status". */
    public static String of(ClaimCategory category) {
        return switch (category) {
            case STATISTIC -> "statistic";
            case EVENT -> "event or action";
            case CAUSAL -> "causal";
            case COMPARISON -> "comparison or record";
            case LEGAL -> "legal or official status";
            case POLICY -> "policy effect";
            case QUOTED -> "quoted claim";
        };
    }

    public static String of(Origin origin) {
        return switch (origin) {
            case DETECTED -> "suggestion";
            case CONFIRMED -> "accepted suggestion";
            case MANUAL -> "marked by hand";
            case REJECTED -> "rejected";
        };
    }

    /** "Mostly true". */
    public static String of(Verdict verdict) {
        return VerdictNames.of(verdict);
    }

    /** "In progress". */
    public static String of(ReviewStatus status) {
        return VerdictNames.of(status);
    }

    /** "Refutes". */
    public static String of(Stance stance) {
        return VerdictNames.of(stance);
    }
}
