package io.sourcemark.analysis.eval;

import io.sourcemark.model.TextRange;

/** A unit being paired: a content range with the source mention of its attribution and its kind. */
record ScoredUnit(int start, int end, TextRange speaker, String speakerText, String kind) {

    static ScoredUnit of(TextRange range, Attribution a) {
        return new ScoredUnit(range.start(), range.end(), a.speaker(), a.speakerText(), a.kind());
    }

    int overlap(int otherStart, int otherEnd) {
        return Math.max(0, Math.min(end, otherEnd) - Math.max(start, otherStart));
    }
}
