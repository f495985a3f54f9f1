package io.sourcemark.analysis.eval;

import io.sourcemark.model.TextRange;
import java.util.List;

/**
 * One attribution of a gold or prediction file: the content range, its kind ("direct", "mixed", "indirect"),
 * its quotation-mark pieces, and the source mention as written (speaker and speakerText null when it has none).
 */
public record Attribution(TextRange range, String kind, List<TextRange> quotedSpans, TextRange speaker,
                          String speakerText) {

    public Attribution {
        quotedSpans = List.copyOf(quotedSpans);
    }
}
