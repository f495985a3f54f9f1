package io.sourcemark.analysis;

import java.util.Locale;

/** A quotation that names something rather than quoting words: a short title in title case ("“Morning Line”"). */
final class QuotedTitle {

    private static final int MAX_WORDS = 6;

    private QuotedTitle() {
    }

    /** Every word capitalised (short function words aside), no sentence punctuation inside, a few words long. */
    static boolean isTitle(Token quote) {
        String inner = quote.text();
        int words = 0;
        for (String w : inner.split("[\\s\"\u201C\u201D\u2018\u2019'\u00AB\u00BB]+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            if (!Character.isUpperCase(w.codePointAt(0))
                    && !java.util.Set.of("of", "the", "a", "an", "and", "in", "on", "at", "to", "for")
                    .contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return words > 0 && words <= MAX_WORDS && !inner.matches(".*[.!?,;].*");
    }
}
