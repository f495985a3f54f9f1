package io.sourcemark.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The body of a plain-text article file: a leading block of "Key: value" lines with a Title or Source and its blank
 * line are skipped.
 */
final class ArticleText {

    private static final Pattern HEADER_LINE = Pattern.compile("[A-Z][A-Za-z-]*: .*");

    private ArticleText() {
    }

    static String read(Path file) throws IOException {
        return body(Files.readString(file, StandardCharsets.UTF_8));
    }

    static String body(String raw) {
        String text = raw.replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int blank = text.indexOf("\n\n");
        if (blank <= 0) {
            return text;
        }
        boolean namesTheArticle = false;
        for (String line : text.substring(0, blank).split("\n")) {
            if (!HEADER_LINE.matcher(line).matches()) {
                return text;
            }
            String key = line.substring(0, line.indexOf(':')).toLowerCase(Locale.ROOT);
            namesTheArticle |= key.equals("title") || key.equals("source");
        }
        // as on import: a lead paragraph such as "Update: the toll rose to 20." is text, not a header
        return namesTheArticle ? text.substring(blank + 2) : text;
    }
}
