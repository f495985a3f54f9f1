package io.sourcemark.store;

import io.sourcemark.model.TextRange;

import java.util.ArrayList;
import java.util.List;

/** Reads the ranges FTS5's {@code highlight()} marked in a text back as offsets into the text without the marks. */
final class MarkedText {

    private MarkedText() {
    }

    /** The text without its marks. */
    static String plain(String marked) {
        StringBuilder text = new StringBuilder(marked.length());
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c != SearchHit.MATCH_START && c != SearchHit.MATCH_END) {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** The marked ranges; two separated only by white space (the words of one phrase) are one. */
    static List<TextRange> ranges(String marked) {
        List<TextRange> ranges = new ArrayList<>();
        if (marked == null) {
            return ranges;
        }
        int offset = 0;
        int start = 0;
        boolean merge = false;
        boolean inside = false;
        boolean gapIsSpace = false; // only white space since the last range ended
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == SearchHit.MATCH_START) {
                start = offset;
                inside = true;
                merge = gapIsSpace && !ranges.isEmpty();
            } else if (c == SearchHit.MATCH_END) {
                TextRange range = new TextRange(merge ? ranges.remove(ranges.size() - 1).start() : start, offset);
                ranges.add(range);
                inside = false;
                gapIsSpace = true;
            } else {
                if (!inside && !Character.isWhitespace(c)) {
                    gapIsSpace = false;
                }
                offset++;
            }
        }
        return ranges;
    }
}
