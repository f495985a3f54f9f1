package io.sourcemark.service;

import io.sourcemark.model.Speaker;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Speaker names and aliases as the analyst types them: trimmed, compared whatever their letter case. */
final class SpeakerNames {

    private SpeakerNames() {
    }

    /** The form names are compared by, as the store looks them up. */
    static String key(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Trimmed, or null when blank: an optional field left empty. */
    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String required(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A speaker needs a name.");
        }
        return name.strip();
    }

    /** Aliases trimmed, blanks and repeats left out, and none that is the name itself. */
    static List<String> aliases(String name, List<String> aliases) {
        Set<String> seen = new LinkedHashSet<>();
        seen.add(key(name));
        List<String> kept = new ArrayList<>();
        for (String alias : aliases) {
            if (alias != null && !alias.isBlank() && seen.add(key(alias))) {
                kept.add(alias.strip());
            }
        }
        return kept;
    }

    static boolean isNamed(Speaker speaker, String name) {
        return key(speaker.name()).equals(key(name));
    }
}
