package io.sourcemark.bench;

import io.sourcemark.importer.ArticleFixtures;
import io.sourcemark.importer.ImportException;
import io.sourcemark.importer.ImporterRegistry;
import io.sourcemark.importer.PdfFixtures;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Prints how long parsing 1,000 articles takes on two threads: the samples repeated with distinct titles, half as web
 * pages, a tenth each as PDF and Word, the rest as text; against the floor of parsing the same articles as plain
 * text, in the same run. Parsing only: no project, no detection. Peak heap over the whole run.
 */
public final class ImportBenchmark {

    private static final int ARTICLES = 1000;
    private static final int THREADS = 2;
    private static final int ROUNDS = 5;

    private record Input(String name, byte[] bytes) {
    }

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<ArticleFixtures.Article> samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("sample-articles"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                samples.add(ArticleFixtures.of(ImporterRegistry.standard().importFile(file)));
            }
        }
        List<Input> mixed = new ArrayList<>();
        List<Input> plain = new ArrayList<>();
        long mixedBytes = 0;
        for (int i = 0; i < ARTICLES; i++) {
            ArticleFixtures.Article s = samples.get(i % samples.size());
            ArticleFixtures.Article article = new ArticleFixtures.Article(s.title() + " (" + (i + 1) + ")", s.source(),
                    s.date(), s.url(), s.paragraphs());
            Input input = as(i, article);
            mixed.add(input);
            mixedBytes += input.bytes().length;
            plain.add(new Input(i + ".txt", ("Title: " + article.title() + "\n\n" + article.body())
                    .getBytes(StandardCharsets.UTF_8)));
        }
        ImporterRegistry registry = ImporterRegistry.standard();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int warm = 0; warm < 2; warm++) {
                run(pool, registry, mixed);
                run(pool, registry, plain);
            }
            double[] mixedTimes = new double[ROUNDS];
            double[] plainTimes = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                mixedTimes[round] = run(pool, registry, mixed);
                plainTimes[round] = run(pool, registry, plain);
            }
            double median = median(mixedTimes);
            double floor = median(plainTimes);
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf(Locale.ROOT, "%d articles (%d web pages, %d PDF, %d Word, %d text; %.1f MB), "
                    + "%d threads, median of %d rounds%n", ARTICLES, count(mixed, ".html"), count(mixed, ".pdf"),
                    count(mixed, ".docx"), count(mixed, ".txt"), mixedBytes / 1e6, THREADS, ROUNDS);
            System.out.printf(Locale.ROOT, "parse, mixed formats: %.2f s (runs %s)%n", median, Arrays.toString(
                    Arrays.stream(mixedTimes).mapToObj(t -> String.format(Locale.ROOT, "%.2f", t)).toArray()));
            System.out.printf(Locale.ROOT, "floor, same articles as plain text: %.2f s%n", floor);
            System.out.printf(Locale.ROOT, "ratio: %.1f%n", median / floor);
            for (String extension : List.of(".html", ".pdf", ".docx", ".txt")) {
                List<Input> group = mixed.stream().filter(in -> in.name().endsWith(extension)).toList();
                double[] times = new double[ROUNDS];
                for (int round = 0; round < ROUNDS; round++) {
                    times[round] = run(pool, registry, group);
                }
                System.out.printf(Locale.ROOT, "  %-5s %4d articles: %.2f s, %.2f ms each%n", extension.substring(1),
                        group.size(), median(times), median(times) * 1000 / group.size());
            }
            System.out.printf(Locale.ROOT, "peak heap: %d MB (max %d MB)%n", peak >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            pool.shutdown();
        }
    }

    /** Half web pages, a tenth PDF, a tenth Word, the rest text files with a header. */
    private static Input as(int i, ArticleFixtures.Article article) {
        return switch (i % 10) {
            case 0, 2, 4, 6, 8 -> new Input(i + ".html", ArticleFixtures.html(article).getBytes(StandardCharsets.UTF_8));
            case 1 -> new Input(i + ".pdf", PdfFixtures.pdf(article.title(), article.paragraphs().stream()
                    .map(ImportBenchmark::winAnsi).toList()));
            case 3 -> new Input(i + ".docx", ArticleFixtures.docx(article));
            default -> new Input(i + ".txt", ("Title: " + article.title() + "\n\n" + article.body())
                    .getBytes(StandardCharsets.UTF_8));
        };
    }

    /** The PDF's standard font has Western European letters only. */
    static String winAnsi(String text) {
        return text.replaceAll("[^\\x{20}-\\x{7E}\\x{A0}-\\x{FF}‘’“”–—…€•]", "?");
    }

    private static double run(ExecutorService pool, ImporterRegistry registry, List<Input> inputs) throws Exception {
        long start = System.nanoTime();
        List<Future<Integer>> parsed = new ArrayList<>();
        for (Input input : inputs) {
            parsed.add(pool.submit(() -> {
                try {
                    return registry.importBytes(input.bytes(), input.name()).body().length();
                } catch (ImportException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }));
        }
        long characters = 0;
        for (Future<Integer> article : parsed) {
            characters += article.get();
        }
        if (characters == 0) {
            throw new IllegalStateException("nothing parsed");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static long count(List<Input> inputs, String extension) {
        return inputs.stream().filter(i -> i.name().endsWith(extension)).count();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
