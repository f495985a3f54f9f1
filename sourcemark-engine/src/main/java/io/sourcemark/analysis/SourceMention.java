package io.sourcemark.analysis;

import io.sourcemark.model.SpeakerKind;
import io.sourcemark.model.TextRange;

/**
 * A source mention taken apart: the proper name in it (or null), a role ("Kremlin spokesman"), the head noun of a
 * description ("minister"), the pronoun it is (or null) and the kind of source it looks like.
 */
record SourceMention(TextRange range, String text, String name, String role, String head, String pronoun,
                     SpeakerKind kind) {

    boolean isPronoun() {
        return pronoun != null;
    }

    /** The surname-like key a person's mentions share ("Fenn" for "Mr. Fenn" and "Jake Fenn"). */
    String surname() {
        if (name == null) {
            return null;
        }
        String[] parts = name.split(" ");
        return parts[parts.length - 1].toLowerCase(java.util.Locale.ROOT);
    }
}
