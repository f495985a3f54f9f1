package io.sourcemark.export;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.Relation;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.SpeakerKind;
import io.sourcemark.model.Stance;

import java.util.Locale;

/** Values in the analyst's words, as reports and CSV show them (the window's words). */
final class Labels {

    private Labels() {
    }

    static String kind(Kind kind) {
        return switch (kind) {
            case SPEAKER -> "speaker";
            case DIRECT_QUOTE -> "direct quote";
            case INDIRECT_QUOTE -> "indirect quote";
            case CLAIM -> "claim";
            case TAG -> "tag";
        };
    }

    /** Its kind, or "mixed quote" for reported speech that quotes some of its words. */
    static String kind(Annotation annotation) {
        return annotation.isMixedQuote() ? "mixed quote" : kind(annotation.kind());
    }

    static String origin(Origin origin) {
        return switch (origin) {
            case DETECTED -> "suggestion";
            case CONFIRMED -> "accepted suggestion";
            case MANUAL -> "marked by hand";
            case REJECTED -> "rejected";
        };
    }

    static String status(ReviewStatus status) {
        return switch (status) {
            case TO_CHECK -> "to check";
            case IN_PROGRESS -> "in progress";
            case DONE -> "done";
        };
    }

    /** "supports", "same claim", "said by". */
    static String relation(Relation relation) {
        return words(relation);
    }

    static String stance(Stance stance) {
        return words(stance);
    }

    /** "person", "government body". */
    static String speakerKind(SpeakerKind kind) {
        return kind == null ? "" : words(kind);
    }

    /** "Direct quote": a label of its own. */
    static String title(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
