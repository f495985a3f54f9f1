package io.sourcemark.model;

/** What kind of check-worthy assertion a claim is, so that an analyst can pick the claims of one kind. */
public enum ClaimCategory {
    /** A number, an amount, a share, a count. */
    STATISTIC,
    /** Something that happened or was done: an arrest, a vote, a ruling, a deal, a death. */
    EVENT,
    /** One thing caused another. */
    CAUSAL,
    /** A comparison, a record, a first. */
    COMPARISON,
    /** A legal or official status: "violates resolutions", "is designated". */
    LEGAL,
    /** What a law or a policy does. */
    POLICY,
    /** A factual claim made inside a quote or reported speech. */
    QUOTED
}
