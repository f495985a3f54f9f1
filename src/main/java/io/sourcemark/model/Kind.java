package io.sourcemark.model;

/** What an annotation marks in the text. */
public enum Kind {
    SPEAKER,
    DIRECT_QUOTE,
    INDIRECT_QUOTE,
    CLAIM,
    TAG;

    /** Quotes and claims are the statements an analyst verifies. */
    public boolean isStatement() {
        return this == DIRECT_QUOTE || this == INDIRECT_QUOTE || this == CLAIM;
    }
}
