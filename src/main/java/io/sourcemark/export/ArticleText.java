package io.sourcemark.export;

import io.sourcemark.model.TextRange;

import java.util.List;
import java.util.Optional;

/**
 * An article's text as a file has it and in the project's normal form: positions are read in the file's text (code
 * points, as the W3C selectors count them) and placed in the normal form, where the project keeps them.
 */
final class ArticleText {

    private final String raw;
    private final String body;
    private final CodePoints offsets;
    private final TextAlignment alignment;

    ArticleText(String raw, String body) {
        this.raw = raw;
        this.body = body;
        this.offsets = CodePoints.of(raw);
        this.alignment = TextAlignment.between(raw, body);
    }

    String raw() {
        return raw;
    }

    /** The normal form. */
    String body() {
        return body;
    }

    /** The file's range of these code points; null when it is not inside the text or ends before it starts. */
    TextRange ofCodePoints(Integer start, Integer end) {
        if (start == null || end == null || start < 0 || end < start || end > offsets.length()) {
            return null;
        }
        return new TextRange(offsets.toUtf16(start), offsets.toUtf16(end));
    }

    /** Where a range of the file's text stands in the normal form; empty when its words are not there. */
    Optional<TextRange> place(TextRange inFile) {
        return alignment.map(List.of(inFile)).map(ranges -> ranges.get(0));
    }
}
