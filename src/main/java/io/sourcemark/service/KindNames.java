package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;

/**
 * Kinds in the analyst's words, the same in change labels, the window and the command line: "direct quote", and
 * "mixed quote" for reported speech that quotes some of its words.
 */
public final class KindNames {

    /** Reported speech that quotes some of its words. */
    public static final String MIXED_QUOTE = "mixed quote";

    private KindNames() {
    }

    /** "direct quote", for the middle of a sentence and for labels ("Mark direct quote"). */
    public static String of(Kind kind) {
        return switch (kind) {
            case SPEAKER -> "speaker";
            case DIRECT_QUOTE -> "direct quote";
            case INDIRECT_QUOTE -> "indirect quote";
            case CLAIM -> "claim";
            case TAG -> "tag";
        };
    }

    /** What the annotation is: its kind, or "mixed quote" for an indirect quote with quoted words. */
    public static String of(Annotation annotation) {
        return annotation.isMixedQuote() ? MIXED_QUOTE : of(annotation.kind());
    }

    /** "a direct quote", "an indirect quote", for sentences. */
    public static String withArticle(Kind kind) {
        return (kind == Kind.INDIRECT_QUOTE ? "an " : "a ") + of(kind);
    }

    /** "direct quotes", "speakers". */
    public static String plural(Kind kind) {
        return of(kind) + "s";
    }

    /** "Direct quote", for a label of its own. */
    public static String title(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
