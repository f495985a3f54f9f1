package io.sourcemark.model;

/** The outcome of checking a statement; each maps onto a schema.org ClaimReview rating. */
public enum Verdict {
    NOT_CHECKED,
    TRUE,
    MOSTLY_TRUE,
    MIXED,
    MOSTLY_FALSE,
    FALSE,
    MISLEADING,
    UNVERIFIABLE
}
