package io.sourcemark.service;

import io.sourcemark.model.TextRange;

/**
 * Word boundaries of an article's text, for marking and for moving a highlight's edges a word at a time. A word is a
 * run of letters and digits; an apostrophe or hyphen between two of them belongs to it ("don't", "Kim Jong-un").
 */
public final class WordSteps {

    private WordSteps() {
    }

    /** The range widened to whole words: an edge inside a word moves out to that word's edge. */
    public static TextRange snap(String body, TextRange range) {
        int start = Math.min(range.start(), body.length());
        int end = Math.min(range.end(), body.length());
        while (start > 0 && start < body.length() && isWord(body, start) && isWord(body, start - 1)) {
            start--;
        }
        while (end > 0 && end < body.length() && isWord(body, end) && isWord(body, end - 1)) {
            end++;
        }
        return new TextRange(start, end);
    }

    /** The end of the word after {@code offset} (or the end of the word {@code offset} is in). */
    public static int nextWordEnd(String body, int offset) {
        int i = offset;
        while (i < body.length() && !isWord(body, i)) {
            i++;
        }
        while (i < body.length() && isWord(body, i)) {
            i++;
        }
        return i;
    }

    /** The end of the word before the one that ends at or spans {@code offset}. */
    public static int previousWordEnd(String body, int offset) {
        int i = previousWordStart(body, offset);
        while (i > 0 && !isWord(body, i - 1)) {
            i--;
        }
        return i;
    }

    /** The start of the word before {@code offset} (or of the word {@code offset} is in). */
    public static int previousWordStart(String body, int offset) {
        int i = offset;
        while (i > 0 && !isWord(body, i - 1)) {
            i--;
        }
        while (i > 0 && isWord(body, i - 1)) {
            i--;
        }
        return i;
    }

    /** The start of the word after the one at {@code offset}. */
    public static int nextWordStart(String body, int offset) {
        int i = offset;
        while (i < body.length() && isWord(body, i)) {
            i++;
        }
        while (i < body.length() && !isWord(body, i)) {
            i++;
        }
        return i;
    }

    private static boolean isWord(String body, int at) {
        char c = body.charAt(at);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        boolean joiner = c == '\'' || c == '’' || c == '-' || c == '‐';
        return joiner && at > 0 && at + 1 < body.length() && Character.isLetterOrDigit(body.charAt(at - 1))
                && Character.isLetterOrDigit(body.charAt(at + 1));
    }
}
