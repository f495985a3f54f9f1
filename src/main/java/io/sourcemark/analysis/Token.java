package io.sourcemark.analysis;

/** A word, a punctuation mark or a whole quotation (kind QUOTE) with its offsets in the body. */
record Token(int start, int end, String text, Kind kind) {

    enum Kind { WORD, PUNCT, QUOTE }

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
