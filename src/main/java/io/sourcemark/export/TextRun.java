package io.sourcemark.export;

import java.util.List;

/**
 * A stretch of an article's paragraph that no highlight starts or ends inside: drawn with the classes of every
 * highlight covering it, after the markers of the statements that start there.
 *
 * @param classes the style classes, space-separated; empty for plain text
 * @param style   an inline style carrying data colours (a tag's colour), or null
 * @param title   the names of the tags over the run, shown when the pointer rests on it; null when none
 * @param tagged  the names of the tags whose passage ends with this run, printed after it; null when none
 */
record TextRun(String text, String classes, String style, List<Marker> markers, String title, String tagged) {

    boolean plain() {
        return classes.isEmpty() && style == null;
    }

    /** The numbered marker of a statement, in its verdict's colour. */
    record Marker(int number, String colour) {
    }
}
