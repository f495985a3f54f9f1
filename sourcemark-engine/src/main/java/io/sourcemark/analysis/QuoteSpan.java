package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;

/** One top-level quotation-mark span, marks included; closed is false when the paragraph ended first. */
record QuoteSpan(int start, int end, boolean closed) {

    TextRange range() {
        return new TextRange(start, end);
    }

    int length() {
        return end - start;
    }
}
