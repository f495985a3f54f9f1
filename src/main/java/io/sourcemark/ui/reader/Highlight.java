package io.sourcemark.ui.reader;

import javafx.scene.paint.Color;

import java.util.List;

/**
 * How one run of the article's characters is drawn, every layer combined: a background (the innermost quote), an
 * underline (a speaker, or a quote that encloses the one filling the background), a box (a claim, or the selection)
 * and the text's colour (a tag). Colours are data here, not style classes, so that tags and verdicts can bring their
 * own. Null fields draw nothing. {@code marks} names what is drawn ("sm-direct-quote", "sm-speaker-suggested",
 * "sm-indirect-quote-outer", "sm-selected"), for tests and tools that read the article's layers.
 */
record Highlight(Color background, Color underline, boolean underlineDashed, Color box, boolean boxDashed,
                 double boxWidth, Color text, List<String> marks) {

    static final Highlight NONE = new Highlight(null, null, false, null, false, 0, null, List.of());

    Highlight {
        marks = List.copyOf(marks);
    }

    boolean isNone() {
        return equals(NONE);
    }
}
