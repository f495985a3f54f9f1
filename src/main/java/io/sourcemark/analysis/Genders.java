package io.sourcemark.analysis;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the article itself says about a person's gender: "Mr. Shoigu", "Ms. Watson", "Mrs. May". */
final class Genders {

    private static final Pattern HONORIFIC = Pattern.compile("\\b(Mr|Mrs|Ms|Miss)\\.?\\s+(?:\\p{Lu}\\.\\s+)?"
            + "(\\p{Lu}[\\p{L}\\p{M}'’\\-]+)");

    private final Map<String, String> pronounBySurname = new HashMap<>();

    Genders(String text) {
        Matcher m = HONORIFIC.matcher(text);
        while (m.find()) {
            String pronoun = m.group(1).equals("Mr") ? "he" : "she";
            pronounBySurname.merge(m.group(2).toLowerCase(Locale.ROOT), pronoun, (a, b) -> a.equals(b) ? a : "?");
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
