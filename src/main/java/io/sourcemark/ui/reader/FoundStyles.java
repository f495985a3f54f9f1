package io.sourcemark.ui.reader;

import io.sourcemark.model.TextRange;
import javafx.scene.paint.Color;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * The words a search found, laid over the highlights: a box around each (thick for the current one), so that the
 * highlights' fills stay readable beneath. Marks "sm-found" and "sm-found-current" name them for tests.
 */
final class FoundStyles {

    static final String FOUND = "sm-found";
    static final String CURRENT = "sm-found-current";

    private static final Color LIGHT = Color.web("#ca8a04");
    private static final Color DARK = Color.web("#facc15");

    // where the search's words are, laid over the highlights by overlay(): their marks only tell them apart
    private static final Highlight FOUND_MARK = new Highlight(null, null, false, null, false, 0, null, List.of(FOUND));
    private static final Highlight CURRENT_MARK = new Highlight(null, null, false, null, false, 0, null,
            List.of(CURRENT));

    private FoundStyles() {
    }

    static StyleSpans<Highlight> overlay(StyleSpans<Highlight> highlights, int length, List<TextRange> found,
                                         int current, boolean dark) {
        if (found.isEmpty()) {
            return highlights;
        }
        StyleSpansBuilder<Highlight> marks = new StyleSpansBuilder<>();
        int at = 0;
        for (int i = 0; i < found.size(); i++) {
            TextRange range = found.get(i);
            if (range.start() < at || range.end() > length) {
                continue; // overlapping or beyond the text shown: not drawn
            }
            marks.add(Highlight.NONE, range.start() - at);
            marks.add(i == current ? CURRENT_MARK : FOUND_MARK, range.length());
            at = range.end();
        }
        marks.add(Highlight.NONE, length - at);
        Color colour = dark ? DARK : LIGHT;
        return highlights.overlay(marks.create(), (highlight, mark) -> mark.isNone() ? highlight
                : found(highlight, colour, mark == CURRENT_MARK));
    }

    private static Highlight found(Highlight h, Color colour, boolean current) {
        List<String> marks = new ArrayList<>(h.marks());
        marks.add(current ? CURRENT : FOUND);
        Color fill = h.background() != null ? h.background() : colour.deriveColor(0, 1, 1, current ? 0.45 : 0.25);
        return new Highlight(fill, h.underline(), h.underlineDashed(), colour, false, current ? 3 : 1.5,
                h.text(), marks);
    }
}
