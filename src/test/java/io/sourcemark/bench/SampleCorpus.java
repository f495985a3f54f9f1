package io.sourcemark.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The bodies of the sample articles, alone or repeated to a given size; one MB here is 1,000,000 characters. */
final class SampleCorpus {

    static final int MB = 1_000_000;

    private SampleCorpus() {
    }

    /** Every sample article body (header block removed), in file order, separated by a blank line. */
    static String bodies() throws IOException {
        Path dir = Path.of("sample-articles");
        if (!Files.isDirectory(dir)) {
            throw new IOException("Run from the project folder: no sample-articles/ in " + Path.of("").toAbsolutePath());
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            StringBuilder out = new StringBuilder();
            for (Path p : texts) {
                out.append(body(Files.readString(p, StandardCharsets.UTF_8)).strip()).append("\n\n");
            }
            return out.toString();
        }
    }

    /** The bodies repeated and cut at a paragraph end so the text is about {@code megabytes} MB long. */
    static String ofSize(double megabytes) throws IOException {
        String one = bodies();
        int target = (int) (megabytes * MB);
        StringBuilder out = new StringBuilder(target + one.length());
        while (out.length() < target) {
            out.append(one);
        }
        int cut = out.lastIndexOf("\n\n", target);
        return out.substring(0, cut > 0 ? cut : target);
    }

    private static String body(String raw) {
        int blank = raw.indexOf("\n\n");
        if (blank <= 0) {
            return raw;
        }
        boolean header = Stream.of(raw.substring(0, blank).split("\n")).allMatch(l -> l.matches("[A-Z][A-Za-z-]*: .*"));
        return header ? raw.substring(blank + 2) : raw;
    }

    static String describe(String text) {
        return String.format(Locale.ROOT, "%.2f MB", text.length() / (double) MB);
    }
}
