package io.sourcemark.analysis;

/**
 * A word, a punctuation mark or a whole quotation (kind QUOTE) with its offsets in the body; lower is the word in
 * lower case, made once because every rule compares it.
 */
record Token(int start, int end, String text, Kind kind, String lower) {

    enum Kind { WORD, PUNCT, QUOTE }

    Token(int start, int end, String text, Kind kind) {
        this(start, end, text, kind, kind == Kind.WORD ? text.toLowerCase(java.util.Locale.ROOT) : text);
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean is(String s) {
        return text.equalsIgnoreCase(s);
    }

    boolean isCapitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    boolean isPunct(char c) {
        return kind == Kind.PUNCT && text.charAt(0) == c;
    }
}
