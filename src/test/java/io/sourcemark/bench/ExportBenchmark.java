package io.sourcemark.bench;

import io.sourcemark.analysis.Analyzer;
import io.sourcemark.export.ExportFormat;
import io.sourcemark.export.ExportOptions;
import io.sourcemark.importer.ImporterRegistry;
import io.sourcemark.model.Article;
import io.sourcemark.service.ArticleService;
import io.sourcemark.service.ComputePool;
import io.sourcemark.service.DetectionReport;
import io.sourcemark.service.DetectionService;
import io.sourcemark.service.ExportReport;
import io.sourcemark.service.ExportRequest;
import io.sourcemark.service.ExportService;
import io.sourcemark.service.ImportProgress;
import io.sourcemark.service.ImportReport;
import io.sourcemark.service.ImportService;
import io.sourcemark.service.Project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Prints how long exports take: a 10,000-article library (the sample articles over and over, each copy with its own
 * title and a last line of its own, so that each is an article, with the engine's suggestions) to one CSV file and to
 * W3C JSON-LD, against a floor in the same run (the same export reading every article but writing no highlight);
 * and the HTML report of the AFP article, warm, median of 50, against a floor of reading its text and writing it to a
 * file. Target: the AFP report in at most 300 ms.
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.sourcemark.bench.ExportBenchmark [LIBRARY]
 * </pre>
 * With a LIBRARY path, the library project is kept there and reused by the next run.
 */
public final class ExportBenchmark {

    private static final int ARTICLES = 10_000;
    private static final int WARM_UP = 30;
    private static final int MEASURED = 50;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = BenchFolders.temporary("sourcemark-export-bench");
        Path library = args.length > 0 ? Path.of(args[0]) : work.resolve("library.sourcemark");
        try (ComputePool compute = ComputePool.sizedToTheCores()) {
            Analyzer engine = Analyzer.load();
            System.out.printf("%d cores; library %s%n", Runtime.getRuntime().availableProcessors(), library);
            afpReport(work, compute, engine);
            if (Files.notExists(library)) {
                build(library, work, compute, engine);
            }
            try (Project project = Project.open(library)) {
                ExportService exports = new ExportService(project);
                for (int round = 0; round < 2; round++) {
                    String when = round == 0 ? "cold" : "warm";
                    ExportOptions all = ExportOptions.everything();
                    ExportOptions none = all.withLayers(Set.of());
                    time(when + " floor: CSV, every article read, no row written", exports,
                            request(ExportFormat.CSV, work.resolve("floor-csv" + round), none, true));
                    time(when + " CSV, one file for the library", exports,
                            request(ExportFormat.CSV, work.resolve("csv" + round), all, true));
                    time(when + " floor: W3C, every article read, no annotation written", exports,
                            request(ExportFormat.W3C, work.resolve("floor-w3c" + round), none, false));
                    time(when + " W3C JSON-LD, one file per article", exports,
                            request(ExportFormat.W3C, work.resolve("w3c" + round), all, false));
                }
            }
        } finally {
            if (args.length == 0) {
                deleteTree(work);
            }
        }
    }

    /** The HTML report of the AFP article with its suggestions, warm, against reading and writing its text. */
    private static void afpReport(Path work, ComputePool compute, Analyzer engine) throws Exception {
        try (Project project = Project.open(work.resolve("samples.sourcemark"))) {
            long afp = new ImportService(project, ImporterRegistry.standard(), compute).importBundledSamples();
            new DetectionService(project, () -> engine, compute).detect(afp);
            ExportService exports = new ExportService(project);
            ArticleService articles = new ArticleService(project);
            ExportRequest html = new ExportRequest(ExportFormat.HTML, List.of(afp), work.resolve("afp"),
                    ExportOptions.everything(), false, true);
            long[] report = new long[MEASURED];
            long[] floor = new long[MEASURED];
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                long start = System.nanoTime();
                ExportReport written = exports.export(html, ImportProgress.NONE, () -> false);
                long middle = System.nanoTime();
                Article article = articles.article(afp).orElseThrow();
                Files.writeString(work.resolve("afp-floor.txt"), article.body(), StandardCharsets.UTF_8);
                long end = System.nanoTime();
                if (written.written().size() != 1) {
                    throw new IllegalStateException("The report was not written: " + written);
                }
                if (i >= WARM_UP) {
                    report[i - WARM_UP] = middle - start;
                    floor[i - WARM_UP] = end - middle;
                }
            }
            Arrays.sort(report);
            Arrays.sort(floor);
            Path file = exports.export(html, ImportProgress.NONE, () -> false).written().get(0);
            System.out.printf("HTML report of the AFP article (%d KB): median %.1f ms (min %.1f, max %.1f) over %d "
                            + "warm runs; floor (read its text, write it) median %.2f ms; target 300 ms%n",
                    Files.size(file) / 1024, ms(report[MEASURED / 2]), ms(report[0]), ms(report[MEASURED - 1]),
                    MEASURED, ms(floor[MEASURED / 2]));
        }
    }

    static void build(Path library, Path work, ComputePool compute, Analyzer engine) throws Exception {
        Path texts = Files.createDirectories(work.resolve("texts"));
        List<String> bodies = samples();
        for (int i = 0; i < ARTICLES; i++) {
            String body = bodies.get(i % bodies.size());
            Files.writeString(texts.resolve(String.format("%05d.txt", i)), "Title: Sample " + (i % bodies.size())
                    + ", copy " + i + "\n\n" + body + "\n\nThis is copy " + i + " of the sample.\n",
                    StandardCharsets.UTF_8);
        }
        try (Project project = Project.open(library)) {
            long start = System.nanoTime();
            ImportReport imported = new ImportService(project, ImporterRegistry.standard(), compute)
                    .importPaths(List.of(texts), ImportProgress.NONE, () -> false);
            long middle = System.nanoTime();
            DetectionService detection = new DetectionService(project, () -> engine, compute);
            DetectionReport detected = detection.detectEach(detection.allArticleIds(), ImportProgress.NONE,
                    () -> false);
            System.out.printf("library built: %d articles imported in %.1f s, %d suggestions detected in %.1f s%n",
                    imported.imported().size(), (middle - start) / 1e9, detected.suggested(),
                    (System.nanoTime() - middle) / 1e9);
        }
        deleteTree(texts);
    }

    /** The sample bodies, one per file. */
    private static List<String> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("sample-articles"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
                try {
                    String raw = Files.readString(p, StandardCharsets.UTF_8);
                    return raw.startsWith("Title:") ? raw.substring(raw.indexOf("\n\n") + 2).strip() : raw.strip();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static ExportRequest request(ExportFormat format, Path folder, ExportOptions options, boolean oneFile) {
        return new ExportRequest(format, List.of(), folder, options, oneFile, true);
    }

    private static void time(String what, ExportService exports, ExportRequest request) throws IOException {
        long start = System.nanoTime();
        ExportReport report = exports.export(request, ImportProgress.NONE, () -> false);
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes = 0;
        for (Path file : report.written()) {
            bytes += Files.size(file);
        }
        System.out.printf("%s: %d articles, %d files, %.1f MB in %.2f s (%.0f articles/s)%n", what,
                report.articles(), report.written().size(), bytes / 1e6, seconds, report.articles() / seconds);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.notExists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
