package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;

/** A check-worthy sentence or clause; score in [0, 1]; speakerIndex -1 when it is not reported speech. */
public record DetectedClaim(TextRange range, double score, int speakerIndex, String speakerName) {}
