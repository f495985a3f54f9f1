package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;
import java.util.ArrayList;
import java.util.List;

/** An attribution being assembled: content pieces, quotation spans, source mention and cue. */
final class Draft {

    final List<TextRange> fragments = new ArrayList<>();
    final List<TextRange> quoted = new ArrayList<>();
    QuoteKind kind;
    TextRange source;
    TextRange cue;
    boolean speech = true;
    boolean turn;
    double confidence;
    /** The paragraph index where the draft ends, for continuations in the next paragraph. */
    int paragraph;

    Draft(QuoteKind kind, double confidence) {
        this.kind = kind;
        this.confidence = confidence;
    }

    int start() {
        return fragments.get(0).start();
    }

    int end() {
        return fragments.get(fragments.size() - 1).end();
    }

    TextRange range() {
        return new TextRange(start(), end());
    }
}
