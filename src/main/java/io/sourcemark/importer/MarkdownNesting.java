package io.sourcemark.importer;

import java.util.Arrays;

/**
 * Markdown with its nesting bounded before it is parsed. The parser follows every open quote and list on every line,
 * so a file nesting them thousands deep ({@code - - - - … x}, or lists indented further on each line) costs time and
 * memory in the square of its depth: 5,000 levels took minutes and gigabytes. A line's run of markers ({@code >},
 * list bullets and numbers, the indentation between them) is cut from its start to at most {@link #MAX_COLUMNS}
 * columns, a depth no article reaches; the text after the markers is kept whole, so no word is lost.
 */
final class MarkdownNesting {

    /** About fifty levels of lists or a hundred of quotes. */
    static final int MAX_COLUMNS = 100;
    private static final int TAB_STOP = 4;
    private static final int LONGEST_ORDINAL = 9;

    private MarkdownNesting() {
    }

    /** The text, unchanged unless a line's markers run past {@link #MAX_COLUMNS}. */
    static String bounded(String markdown) {
        StringBuilder out = null;
        int copied = 0;
        for (int lineStart = 0; lineStart < markdown.length(); ) {
            int lineEnd = markdown.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? markdown.length() : lineEnd;
            int cut = cutPoint(markdown, lineStart, lineEnd);
            if (cut > lineStart) {
                out = out == null ? new StringBuilder(markdown.length()) : out;
                out.append(markdown, copied, lineStart);
                copied = cut;
            }
            lineStart = lineEnd + 1;
        }
        return out == null ? markdown : out.append(markdown, copied, markdown.length()).toString();
    }

    /**
     * Where the kept part of a line starts: the line's start when its markers fit, otherwise the first marker from
     * which the rest of the run fits in {@link #MAX_COLUMNS}.
     */
    private static int cutPoint(String text, int start, int end) {
        int column = 0;
        int i = start;
        // marker starts and the column each begins at, so that a cut falls between two markers
        int[] starts = new int[16];
        int[] columns = new int[16];
        int markers = 0;
        while (i < end) {
            int next = markerEnd(text, i, end);
            if (next == i) {
                break;
            }
            if (markers == starts.length) {
                starts = Arrays.copyOf(starts, markers * 2);
                columns = Arrays.copyOf(columns, markers * 2);
            }
            starts[markers] = i;
            columns[markers++] = column;
            column += width(text, i, next, column);
            i = next;
        }
        if (column <= MAX_COLUMNS) {
            return start;
        }
        for (int m = 0; m < markers; m++) {
            if (column - columns[m] <= MAX_COLUMNS) {
                return starts[m];
            }
        }
        return i;
    }

    /** The end of the marker at {@code i}: one space or tab, one {@code >}, or a list bullet or number with its space. */
    private static int markerEnd(String text, int i, int end) {
        char c = text.charAt(i);
        if (c == ' ' || c == '\t' || c == '>') {
            return i + 1;
        }
        if ((c == '-' || c == '*' || c == '+') && followedBySpace(text, i + 1, end)) {
            return i + 2;
        }
        int digits = i;
        while (digits < end && digits - i < LONGEST_ORDINAL && text.charAt(digits) >= '0'
                && text.charAt(digits) <= '9') {
            digits++;
        }
        if (digits > i && digits < end && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
                && followedBySpace(text, digits + 1, end)) {
            return digits + 2;
        }
        return i;
    }

    private static boolean followedBySpace(String text, int i, int end) {
        return i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t');
    }

    private static int width(String text, int from, int to, int column) {
        int at = column;
        for (int i = from; i < to; i++) {
            at = text.charAt(i) == '\t' ? at + TAB_STOP - at % TAB_STOP : at + 1;
        }
        return at - column;
    }
}
