package io.sourcemark.analysis;

import io.sourcemark.model.ClaimCategory;
import io.sourcemark.model.TextRange;

/**
 * A check-worthy sentence. score: calibrated in [0, 1] (of claims scored 0.8, about 80% are check-worthy);
 * category: what kind of claim it is; speakerIndex: index into {@link Analysis#speakers()} of the speaker of the
 * quote or reported speech it falls in, or -1; speakerName that speaker's name, or null.
 */
public record DetectedClaim(TextRange range, double score, ClaimCategory category, int speakerIndex,
                            String speakerName) {}
