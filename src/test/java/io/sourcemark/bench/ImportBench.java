package io.sourcemark.bench;

import io.sourcemark.importer.ImportedArticle;
import io.sourcemark.importer.ImporterRegistry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Prints how fast the sample articles are decoded, normalised, parsed and hashed (no database). */
public final class ImportBench {

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("sample-articles"))) {
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        List<byte[]> contents = new ArrayList<>();
        long bytes = 0;
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            contents.add(content);
            bytes += content.length;
        }
        ImporterRegistry registry = ImporterRegistry.standard();
        int rounds = 300;
        long checksum = 0;
        for (int warm = 0; warm < 2; warm++) {
            long start = System.nanoTime();
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < files.size(); i++) {
                    ImportedArticle article = registry.importBytes(contents.get(i), files.get(i).toString());
                    checksum += article.contentHash().charAt(0);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s: %d articles (%d KB) x %d rounds in %.2f s: %.0f articles/s, %.1f MB/s%n",
                    warm == 0 ? "warm-up" : "measured", files.size(), bytes / 1024, rounds, seconds,
                    files.size() * rounds / seconds, bytes * rounds / seconds / 1e6);
        }
        System.out.println("checksum " + checksum);
    }
}
