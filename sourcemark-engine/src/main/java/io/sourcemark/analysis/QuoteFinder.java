package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds top-level quotation-mark spans paragraph by paragraph: "…", “…”, „…“, «…», ''…'', and single quotes
 * used as quotation marks outside double ones (‘…’ or '…' at word boundaries, so apostrophes are left
 * alone). A quote left open at the end of
 * a paragraph ends there (quotes running over several paragraphs re-open in the next one).
 */
final class QuoteFinder {

    /** Stands for two apostrophes used as a double quotation mark (''…''), as some typewritten copy has it. */
    private static final char DOUBLED = '\uFFFF';

    List<QuoteSpan> find(String text, List<TextRange> paragraphs) {
        List<QuoteSpan> out = new ArrayList<>();
        for (TextRange p : paragraphs) {
            int before = out.size();
            findDouble(text, p.start(), p.end(), out);
            List<QuoteSpan> doubles = new ArrayList<>(out.subList(before, out.size()));
            int from = p.start();
            for (QuoteSpan d : doubles) {
                findSingle(text, from, d.start(), out);
                from = d.end();
            }
            findSingle(text, from, p.end(), out);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void findDouble(String text, int from, int to, List<QuoteSpan> out) {
        int open = -1;
        char close = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean doubled = c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'';
            if (open < 0) {
                char expected = doubled ? (opensAt(text, i, from) ? DOUBLED : 0) : closerFor(text, i, from);
                if (expected != 0) {
                    open = i;
                    close = expected;
                    i += doubled ? 1 : 0;
                }
            } else if (close == DOUBLED ? doubled : c == close || (close == '\u201D' && c == '"')
                    || (close == '"' && c == '\u201D')) {
                i += doubled ? 1 : 0;
                add(out, open, i + 1, true);
                open = -1;
            }
        }
        if (open >= 0) {
            add(out, open, to, false);
        }
    }

    /** The closing mark expected when the mark at i opens a double quote, or 0 when it does not open one. */
    private static char closerFor(String text, int i, int paragraphStart) {
        char c = text.charAt(i);
        return switch (c) {
            case '\u201C' -> '\u201D';
            case '\u201E' -> '\u201C';
            case '\u00AB' -> '\u00BB';
            case '"' -> '"';
            case '\u201D' -> opensAt(text, i, paragraphStart) ? '\u201D' : 0;
            default -> 0;
        };
    }

    private static void findSingle(String text, int from, int to, List<QuoteSpan> out) {
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '\'' && c != '\u2018' && c != '\u2019') {
                continue;
            }
            if (open < 0) {
                if ((c == '\u2018' || c == '\'') && opensAt(text, i, from) && i + 1 < to
                        && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    open = i;
                }
            } else if ((c == '\u2019' || c == '\'') && closesAt(text, i, to)) {
                if (i + 1 - open >= 5) {
                    add(out, open, i + 1, true);
                }
                open = -1;
            }
        }
    }

    private static boolean opensAt(String text, int i, int from) {
        if (i == from) {
            return true;
        }
        char p = text.charAt(i - 1);
        return Character.isWhitespace(p) || "([{\u2014\u2013-/:".indexOf(p) >= 0;
    }

    private static boolean closesAt(String text, int i, int to) {
        char p = text.charAt(i - 1);
        if (Character.isWhitespace(p)) {
            return false;
        }
        return i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static void add(List<QuoteSpan> out, int start, int end, boolean closed) {
        if (end - start >= 3) {
            out.add(new QuoteSpan(start, end, closed));
        }
    }
}
