package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;
import java.util.ArrayList;
import java.util.List;

/** Scores sentences for check-worthiness; placeholder until the feature scorer lands. */
final class ClaimScorer {

    List<DetectedClaim> claims(String text, List<TextRange> sentences, List<DetectedQuote> quotes) {
        return new ArrayList<>();
    }
}
