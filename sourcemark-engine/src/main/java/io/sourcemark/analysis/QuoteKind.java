package io.sourcemark.analysis;

/** How a statement is reported: verbatim, paraphrased, or paraphrase with quoted fragments. */
public enum QuoteKind {
    DIRECT,
    INDIRECT,
    MIXED
}
