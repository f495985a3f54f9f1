package io.sourcemark.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The analyst's words read as plain words for FTS5: each word, or each phrase between a pair of double quotes, becomes
 * a quoted FTS5 string, so that no character typed ({@code *}, {@code -}, {@code :}, an unpaired quote) is read as
 * query syntax; the last one may be unfinished ("Pyong" finds "Pyongyang"). Operators in capitals ({@code AND},
 * {@code NEAR(}) and brackets are left out, since the words around them are what the analyst is after.
 */
final class SearchQuery {

    /**
     * At most this many words count: FTS5 refuses expressions deeper than 256, and a longer query is a pasted passage
     * whose first words find it as well.
     */
    static final int MAX_TERMS = 32;

    private static final java.util.Set<String> OPERATORS = java.util.Set.of("AND", "OR", "NOT", "NEAR");

    private SearchQuery() {
    }

    /** The FTS5 expression; empty when {@code text} holds no word (blank, only quotes or control characters). */
    static String matchExpression(String text) {
        return expression(text, " ");
    }

    /**
     * The FTS5 expression that finds any one of the words (each a quoted string, the last maybe unfinished): what
     * marks them in a piece of a text that holds all of them only as a whole. Empty as {@link #matchExpression} is.
     */
    static String anyExpression(String text) {
        return expression(text, " OR ");
    }

    private static String expression(String text, String between) {
        List<String> terms = terms(text);
        if (terms.isEmpty()) {
            return "";
        }
        List<String> quoted = new ArrayList<>();
        for (String term : terms) {
            quoted.add("\"" + term + "\"");
        }
        quoted.set(quoted.size() - 1, quoted.get(quoted.size() - 1) + " *");
        return String.join(between, quoted);
    }

    /** Whether {@link #matchExpression} had to leave words out. */
    static boolean isTruncated(String text) {
        return terms(text, Integer.MAX_VALUE).size() > MAX_TERMS;
    }

    static List<String> terms(String text) {
        return terms(text, MAX_TERMS);
    }

    private static List<String> terms(String text, int max) {
        List<String> terms = new ArrayList<>();
        StringBuilder term = new StringBuilder();
        boolean inPhrase = false;
        int length = text.length();
        for (int i = 0; i < length && terms.size() < max; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                // an emoji stays whole; half of one (cut text) would reach SQLite as a replacement character
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    term.append(c).append(text.charAt(++i));
                } else {
                    add(terms, term);
                }
            } else if (c == '"') {
                // a quote opens a phrase only when another one closes it; an unpaired quote is a space
                if (inPhrase || text.indexOf('"', i + 1) >= 0) {
                    inPhrase = !inPhrase;
                }
                add(terms, term);
            } else if (Character.isWhitespace(c) && !inPhrase || Character.isISOControl(c) || c == '(' || c == ')' || c == ':') {
                add(terms, term);
            } else if (Character.isWhitespace(c)) {
                term.append(' ');
            } else {
                term.append(c);
            }
        }
        if (terms.size() < max) {
            add(terms, term);
        }
        return terms;
    }

    private static void add(List<String> terms, StringBuilder term) {
        String word = term.toString().strip();
        term.setLength(0);
        // FTS5's operators typed as such are left out: the analyst gets what the other words find
        // and so are terms without a letter or digit (emoji, dashes): the index holds no such word, so they would
        // make every search fail
        if (!OPERATORS.contains(word) && word.codePoints().anyMatch(Character::isLetterOrDigit)) {
            terms.add(word);
        }
    }
}
