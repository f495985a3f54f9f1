package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;
import java.util.ArrayList;
import java.util.List;

/** Quotation-mark quotes: a double mark opens, the next closing mark in the same paragraph closes. */
final class SimpleQuoteFinder {

    List<DetectedQuote> find(String text) {
        List<DetectedQuote> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char close = closing(c);
            if (close == 0) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < text.length() && text.charAt(j) != close && text.charAt(j) != '\n') {
                j++;
            }
            if (j < text.length() && text.charAt(j) == close && j > i + 1) {
                TextRange r = new TextRange(i, j + 1);
                out.add(new DetectedQuote(r, QuoteKind.DIRECT, List.of(r), List.of(r), null, null, -1, null,
                        null, null, 0.5));
                i = j + 1;
            } else {
                i = j;
            }
        }
        return out;
    }

    private static char closing(char c) {
        return switch (c) {
            case '"' -> '"';
            case '\u201C' -> '\u201D';
            case '\u00AB' -> '\u00BB';
            case '\u201E' -> '\u201C';
            default -> 0;
        };
    }
}
