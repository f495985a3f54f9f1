package io.sourcemark.ui.inspector;

import io.sourcemark.model.WordStart;

import java.util.regex.Matcher;

/**
 * What a statement found for a link shows of itself: the words searched for, with a little of what comes before
 * and after them. The statement's opening alone would hide a match further in, cut off by the row's width.
 */
record FoundWords(String before, String match, String after) {

    static final int BEFORE = 30;
    static final int AFTER = 60;

    /**
     * The excerpt of {@code text} around its first occurrence of {@code words}, at a word's start and ignoring case
     * as the search does; when they are not side by side (the search finds every word, in any order), around the
     * first of them.
     */
    static FoundWords in(String text, String words) {
        String flat = text.strip().replaceAll("\\s+", " ");
        String sought = words == null ? "" : words.strip().replaceAll("\\s+", " ");
        Matcher found = sought.isEmpty() ? null : first(flat, sought);
        if (found == null && !sought.isEmpty()) {
            for (String word : sought.split(" ")) {
                Matcher one = first(flat, word);
                if (one != null && (found == null || one.start() < found.start())) {
                    found = one;
                }
            }
        }
        if (found == null) {
            return new FoundWords("", "", shortened(flat, BEFORE + AFTER));
        }
        String before = flat.substring(0, found.start());
        if (before.length() > BEFORE) {
            String tail = before.substring(before.length() - BEFORE);
            int space = tail.indexOf(' ');
            // from a word's start, not from its middle
            before = "…" + (space >= 0 && space < tail.length() - 1 ? tail.substring(space + 1) : tail);
        }
        return new FoundWords(before, found.group(), shortened(flat.substring(found.end()), AFTER));
    }

    /** The first occurrence of {@code words} where a word starts, as the search finds them; null: none. */
    private static Matcher first(String text, String words) {
        Matcher m = WordStart.of(words).matcher(text);
        return m.find() ? m : null;
    }

    private static String shortened(String words, int length) {
        return words.length() <= length ? words : words.substring(0, length).stripTrailing() + "…";
    }
}
