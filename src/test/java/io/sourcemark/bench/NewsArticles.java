package io.sourcemark.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Many short news articles, one text each: the sample article bodies and the invented news paragraphs of the
 * challenge gold set (a few hundred characters to a few thousand each).
 */
final class NewsArticles {

    private NewsArticles() {
    }

    static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>();
        Path dir = Path.of("sample-articles");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String raw = Files.readString(p, StandardCharsets.UTF_8);
                int blank = raw.indexOf("\n\n");
                out.add((blank > 0 ? raw.substring(blank + 2) : raw).strip());
            }
        }
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of("src/test/resources/eval/challenge_gold.jsonl"))) {
            out.add(json.readTree(line).get("text").asText());
        }
        return out;
    }

    /** The texts as JSON lines {"id", "text"}, repeated until they hold at least {@code characters}. */
    static Path asJsonLines(List<String> texts, long characters, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        StringBuilder b = new StringBuilder();
        long total = 0;
        for (int round = 0; total < characters; round++) {
            for (int i = 0; i < texts.size(); i++) {
                b.append(json.writeValueAsString(java.util.Map.of("id", round + "-" + i, "text", texts.get(i))))
                        .append('\n');
                total += texts.get(i).length();
            }
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        return file;
    }
}
