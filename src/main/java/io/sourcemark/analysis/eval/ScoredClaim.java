package io.sourcemark.analysis.eval;

import io.sourcemark.model.TextRange;

/** A predicted claim as the scorer sees it: its range and score (1 when a prediction file gives none). */
public record ScoredClaim(TextRange range, double score) {}
