package io.sourcemark.model;

import java.util.regex.Pattern;

/**
 * A word typed to find a statement, found where a word of the text starts: "arms" finds "arms" and "armed", not
 * "harms" or "farms", and the last word may be unfinished ("Pyong" finds "Pyongyang"), as in the library's search.
 * The pattern ignores case in every alphabet (the store's search, narrowing first with SQL's LIKE, in ASCII only).
 */
public final class WordStart {

    private WordStart() {
    }

    /** The word where no letter or digit comes just before it. */
    public static Pattern of(String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
