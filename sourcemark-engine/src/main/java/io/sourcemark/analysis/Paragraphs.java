package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;
import java.util.ArrayList;
import java.util.List;

/** Splits a body into paragraphs: lines separated by line breaks, trimmed of surrounding white space. */
final class Paragraphs {

    private Paragraphs() {
    }

    static List<TextRange> split(String text) {
        List<TextRange> out = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.charAt(i) == '\u2029') {
                addTrimmed(text, lineStart, i, out);
                lineStart = i + 1;
            }
        }
        return out;
    }

    private static void addTrimmed(String text, int start, int end, List<TextRange> out) {
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            out.add(new TextRange(start, end));
        }
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }
}
