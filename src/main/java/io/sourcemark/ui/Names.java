package io.sourcemark.ui;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.service.KindNames;

/** How kinds and origins are named on screen, in the analyst's words (kinds as everywhere else: {@link KindNames}). */
final class Names {

    private Names() {
    }

    /** "direct quote", for the middle of a sentence. */
    static String of(Kind kind) {
        return KindNames.of(kind);
    }

    /** "direct quotes", "speakers". */
    static String plural(Kind kind) {
        return KindNames.plural(kind);
    }

    /** "Direct quote", for a label of its own. */
    static String title(Kind kind) {
        return KindNames.title(KindNames.of(kind));
    }

    /** "Mixed quote" for reported speech with quoted words, else the kind's title. */
    static String title(Annotation annotation) {
        return KindNames.title(KindNames.of(annotation));
    }

    static String of(Origin origin) {
        return switch (origin) {
            case DETECTED -> "suggestion";
            case CONFIRMED -> "accepted suggestion";
            case MANUAL -> "marked by hand";
            case REJECTED -> "rejected";
        };
    }
}
