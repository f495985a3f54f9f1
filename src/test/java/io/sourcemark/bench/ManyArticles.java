package io.sourcemark.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A folder of {@code count} article files: the samples over and over, each copy with a title and a last line of its own. */
final class ManyArticles {

    private ManyArticles() {
    }

    static Path write(Path folder, int count) throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("sample-articles"))) {
            samples = files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            Path sample = samples.get(i % samples.size());
            String text = Files.readString(sample, StandardCharsets.UTF_8).strip();
            String copy = text.startsWith("Title:")
                    ? text.replaceFirst("Title: (.*)", "Title: $1 (copy " + i + ")")
                    : "Title: " + sample.getFileName() + " (copy " + i + ")\n\n" + text;
            Files.writeString(folder.resolve(String.format("%04d-%s", i, sample.getFileName())),
                    copy + "\n\nCopy " + i + " of the sample.\n", StandardCharsets.UTF_8);
        }
        return folder;
    }
}
