package io.sourcemark.model;

import java.util.regex.Pattern;

/**
 * A word typed to find a statement, found where a word of the text starts: "arms" finds "arms" and "armed", not
 * "harms" or "farms", and the last word may be unfinished ("Pyong" finds "Pyongyang"), as in the library's search.
 * Case is ignored, in every alphabet.
 */
public final class WordStart {

    private WordStart() {
    }

    /** The word where no letter or digit comes just before it. */
    public static Pattern of(String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Whether {@code word} starts a word of {@code text}. */
    public static boolean in(String text, String word) {
        return of(word).matcher(text).find();
    }
}
