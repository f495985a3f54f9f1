package io.sourcemark.analysis;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the article itself says about a person's gender: "Mr. Huw", "Ms. Greta", "Mrs. May". */
final class Genders {

    /** Tried only where an "M" starts a word: a regular expression searched over every article costs too much. */
    private static final Pattern HONORIFIC = Pattern.compile("(Mr|Mrs|Ms|Miss)\\.?\\s+(?:\\p{Lu}\\.\\s+)?"
            + "(\\p{Lu}[\\p{L}\\p{M}'’\\-]+)");

    private final Map<String, String> pronounBySurname = new HashMap<>();

    Genders(String text) {
        Matcher m = HONORIFIC.matcher(text);
        int n = text.length();
        for (int i = text.indexOf('M'); i >= 0; i = text.indexOf('M', i + 1)) {
            if (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '_')) {
                continue;
            }
            m.region(i, n);
            if (m.lookingAt()) {
                String pronoun = m.group(1).equals("Mr") ? "he" : "she";
                pronounBySurname.merge(m.group(2).toLowerCase(Locale.ROOT), pronoun, (a, b) -> a.equals(b) ? a : "?");
                i = m.end() - 1;
            }
        }
    }

    /** False only when the article marks the person with the other gender's honorific. */
    boolean compatible(String name, String pronoun) {
        if (name == null || !(pronoun.equals("he") || pronoun.equals("she"))) {
            return true;
        }
        String known = pronounBySurname.get(NameIndex.surname(name));
        return known == null || known.equals("?") || known.equals(pronoun);
    }
}
