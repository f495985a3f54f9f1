package io.sourcemark.ui;

import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;

/** How kinds and origins are named on screen, in the analyst's words. */
final class Names {

    private Names() {
    }

    /** "direct quote", for the middle of a sentence. */
    static String of(Kind kind) {
        return switch (kind) {
            case SPEAKER -> "speaker";
            case DIRECT_QUOTE -> "direct quote";
            case INDIRECT_QUOTE -> "indirect quote";
            case CLAIM -> "claim";
            case TAG -> "tag";
        };
    }

    /** "Direct quote", for a label of its own. */
    /** "direct quotes", "speakers". */
    static String plural(Kind kind) {
        return of(kind) + "s";
    }

    static String title(Kind kind) {
        String text = of(kind);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
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
