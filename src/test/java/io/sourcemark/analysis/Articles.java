package io.sourcemark.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Reads article bodies from sample-articles/: the text after the header block when the file has one. */
final class Articles {

    private Articles() {
    }

    static String body(String prefix) {
        try (Stream<Path> files = Files.list(Path.of("sample-articles"))) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No sample article " + prefix));
            String text = Files.readString(file);
            boolean header = text.lines().findFirst().map(l -> l.startsWith("Title:")).orElse(false);
            return header ? text.substring(text.indexOf("\n\n") + 2) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
