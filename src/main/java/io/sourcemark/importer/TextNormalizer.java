package io.sourcemark.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The one normal form of an article body: Unicode NFC, {@code \n} line ends, no BOM, trailing spaces trimmed,
 * paragraphs separated by exactly one blank line, no blank lines at the start or end, and one {@code \n} after the
 * last line. Single line breaks inside a paragraph are kept as they are. Annotation ranges index into this text, so
 * it must never change for the same input.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** The normal form of {@code text}; the empty string when it holds nothing but blank lines. */
    public static String normalize(String text) {
        List<String> lines = paragraphLines(text);
        StringBuilder out = new StringBuilder(text.length());
        for (String line : lines) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** The lines of the normal form, with blank lines only between paragraphs (one each). */
    private static List<String> paragraphLines(String text) {
        String unified = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\uFEFF", "")
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace("\u2028", "\n")
                .replace("\u2029", "\n\n")
                .replace("\f", "\n\n");
        List<String> lines = new ArrayList<>();
        boolean pendingBlank = false;
        for (String raw : unified.split("\n", -1)) {
            String line = stripTrailing(raw);
            if (line.isEmpty()) {
                pendingBlank = !lines.isEmpty();
                continue;
            }
            if (pendingBlank) {
                lines.add("");
                pendingBlank = false;
            }
            lines.add(line);
        }
        return lines;
    }

    /** Trailing white space, including no-break spaces, which are invisible at the end of a line. */
    private static String stripTrailing(String line) {
        int end = line.length();
        while (end > 0 && isTrailingSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end);
    }

    private static boolean isTrailingSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
