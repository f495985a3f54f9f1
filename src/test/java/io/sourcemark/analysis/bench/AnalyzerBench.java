package io.sourcemark.analysis.bench;

import io.sourcemark.analysis.Analyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Prints model load time and analysis throughput (MB/s of UTF-16 text, one thread) over sample-articles/. */
public final class AnalyzerBench {

    private AnalyzerBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "sample-articles");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        long t0 = System.nanoTime();
        Analyzer analyzer = Analyzer.load();
        System.out.printf("models loaded in %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        long chars = texts.stream().mapToLong(String::length).sum();
        for (int round = 0; round < 20; round++) {
            long start = System.nanoTime();
            int quotes = 0;
            for (String text : texts) {
                quotes += analyzer.analyze(text).quotes().size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %d articles, %.2f MB, %d quotes, %.2f MB/s%n", round, texts.size(),
                    chars / 1e6, quotes, chars / 1e6 / seconds);
        }
        StringBuilder big = new StringBuilder();
        while (big.length() < 1_000_000) {
            big.append(texts.get(big.length() % texts.size())).append("\n\n");
        }
        long start = System.nanoTime();
        int quotes = analyzer.analyze(big.toString()).quotes().size();
        System.out.printf("one %.2f MB text: %d quotes in %.0f ms%n", big.length() / 1e6, quotes,
                (System.nanoTime() - start) / 1e6);
    }
}
