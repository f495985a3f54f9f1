package io.sourcemark.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** The body of a plain-text article file: a leading block of "Key: value" lines and its blank line are skipped. */
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
        for (String line : text.substring(0, blank).split("\n")) {
            if (!HEADER_LINE.matcher(line).matches()) {
                return text;
            }
        }
        return text.substring(blank + 2);
    }
}
