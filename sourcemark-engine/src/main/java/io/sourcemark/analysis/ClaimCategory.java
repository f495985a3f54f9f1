package io.sourcemark.analysis;

/** What kind of check-worthy claim a sentence makes, as a fact-checker would file it. */
public enum ClaimCategory {
    /** Numbers, quantities, percentages, money, counts. */
    STATISTIC,
    /** That something happened or someone did something: arrests, votes, rulings, deals, deaths. */
    EVENT,
    /** That one thing caused or led to another. */
    CAUSAL,
    /** Comparisons, records and firsts. */
    COMPARISON,
    /** Legal or official status: illegal, unlawful, violates resolutions, charged, ruled. */
    LEGAL,
    /** What a law, policy, plan or deal does or provides. */
    POLICY,
    /** A claim made in a quotation or reported speech with none of the above. */
    QUOTED
}
