package io.sourcemark.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs of two to seven capitalised words separated by single spaces ("Jake Fenn", "Laura R. Nakagawa"), found by
 * one scan of the text; a word is a capital with letters, marks, apostrophes or hyphens after it, or a capital and
 * a period (an initial). It reads what the pattern {@code \b\p{Lu}(?:\.|[\p{L}\p{M}'’\-]*)(?: \p{Lu}(?:\.|…)){1,6}}
 * matches, without the cost of a regular expression over every article.
 */
final class CapitalRuns {

    private static final int MAX_WORDS = 7;

    private CapitalRuns() {
    }

    /** [start, end) pairs of the runs, left to right, not overlapping. */
    static List<int[]> find(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!upper(text.charAt(i)) || i > 0 && wordChar(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int end = wordEnd(text, i);
            int words = 1;
            while (words < MAX_WORDS && end + 1 < n && text.charAt(end) == ' ' && upper(text.charAt(end + 1))) {
                end = wordEnd(text, end + 1);
                words++;
            }
            if (words >= 2) {
                out.add(new int[] {i, end});
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The end of the word whose capital is at i: "J." or "Fenn". */
    private static int wordEnd(String text, int i) {
        int j = i + 1;
        if (j < text.length() && text.charAt(j) == '.') {
            return j + 1;
        }
        while (j < text.length() && inWord(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean upper(char c) {
        return Character.getType(c) == Character.UPPERCASE_LETTER;
    }

    private static boolean inWord(char c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || c == '\'' || c == '\u2019' || c == '-';
    }

    private static boolean wordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
