package io.sourcemark.store;

import io.sourcemark.model.TextRange;

import java.util.List;

/**
 * The passage an article's hit shows: about sixteen words around the first words found, those found marked as in
 * FTS5's snippets. Made here from the ranges the hit's offsets come from, so that the passage shows the words the
 * offsets point at (the index's own snippet chose the best-scoring passage, often another one), and so that a long
 * body costs no more than its first hit.
 */
final class BodySnippet {

    static final int WORDS_BEFORE = 5;
    static final int WORDS = 16;
    static final String CUT = "…";
    /** At most this many characters of the body, whatever the length of its words. */
    static final int MAX = 240;

    private BodySnippet() {
    }

    /** The passage of {@code body} around {@code found}'s first range, every range in it marked; white space as single spaces. */
    static String around(String body, List<TextRange> found) {
        TextRange first = found.get(0);
        int from = wordsBack(body, first.start(), WORDS_BEFORE);
        int to = wordsOn(body, from, WORDS, first.end());
        if (to - from > MAX) {
            // words of hundreds of characters (a table, a link): a line's worth around the first words found
            from = Math.max(from, Math.min(first.start(), to - MAX) - MAX / 4);
            to = Math.min(to, Math.max(first.end(), from + MAX));
            from = Character.isLowSurrogate(body.charAt(from)) ? from - 1 : from;
            to = to < body.length() && Character.isLowSurrogate(body.charAt(to)) ? to + 1 : to;
        }
        StringBuilder passage = new StringBuilder(from > 0 ? CUT : "");
        boolean space = false;
        int next = 0;
        for (int i = from; i < to; i++) {
            while (next < found.size() && found.get(next).end() <= i) {
                next++;
            }
            char c = body.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && i > from) {
                passage.append(' ');
            }
            space = false;
            if (next < found.size() && found.get(next).start() == i) {
                passage.append(SearchHit.MATCH_START);
            }
            passage.append(c);
            if (next < found.size() && found.get(next).end() == i + 1) {
                passage.append(SearchHit.MATCH_END);
            }
        }
        if (next < found.size() && found.get(next).start() < to && found.get(next).end() > to) {
            passage.append(SearchHit.MATCH_END); // a range the passage's end cuts
        }
        if (to < body.length()) {
            passage.append(CUT);
        }
        return passage.toString();
    }

    /** Where the word {@code words} words before {@code at} starts (0 at the body's start). */
    private static int wordsBack(String body, int at, int words) {
        int i = at;
        for (int n = 0; n < words && i > 0; n++) {
            while (i > 0 && Character.isWhitespace(body.charAt(i - 1))) {
                i--;
            }
            while (i > 0 && !Character.isWhitespace(body.charAt(i - 1))) {
                i--;
            }
        }
        return i;
    }

    /** Where the passage from {@code from} holding {@code words} words, and at least up to {@code atLeast}, ends. */
    private static int wordsOn(String body, int from, int words, int atLeast) {
        int i = from;
        int n = 0;
        while (i < body.length() && (n < words || i < atLeast)) {
            while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            if (i == body.length()) {
                break;
            }
            while (i < body.length() && !Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            n++;
        }
        return i;
    }
}
