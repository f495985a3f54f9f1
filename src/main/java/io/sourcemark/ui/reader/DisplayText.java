package io.sourcemark.ui.reader;

/**
 * The article's text as the text area lays it out. The area draws a paragraph as one node, so a paragraph of
 * megabytes would freeze the window: a paragraph longer than {@link #LONGEST} is broken for display at a space near
 * each {@link #LONGEST} characters. Only spaces become line breaks, so every offset is the body's own and highlights
 * and selections map one to one.
 */
final class DisplayText {

    /** Longer than any paragraph of news; a paragraph this long is a dump of text, shown in pieces. */
    static final int LONGEST = 10_000;

    private DisplayText() {
    }

    static String of(String body) {
        StringBuilder shown = null;
        int paragraphStart = 0;
        for (int i = 0; i <= body.length(); i++) {
            if (i == body.length() || body.charAt(i) == '\n') {
                if (i - paragraphStart > LONGEST) {
                    if (shown == null) {
                        shown = new StringBuilder(body);
                    }
                    breakUp(body, shown, paragraphStart, i);
                }
                paragraphStart = i + 1;
            }
        }
        return shown == null ? body : shown.toString();
    }

    /** Puts a line break at the last space of each stretch of {@link #LONGEST} characters of the paragraph. */
    private static void breakUp(String body, StringBuilder shown, int start, int end) {
        int from = start;
        while (end - from > LONGEST) {
            int at = -1;
            for (int i = from + LONGEST; i > from + LONGEST / 2; i--) {
                if (body.charAt(i) == ' ') {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                // no space in the second half of the stretch: the next space after it, or none at all
                at = body.indexOf(' ', from + LONGEST);
                if (at < 0 || at >= end) {
                    return;
                }
            }
            shown.setCharAt(at, '\n');
            from = at + 1;
        }
    }
}
