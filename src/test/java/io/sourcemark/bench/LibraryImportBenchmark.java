package io.sourcemark.bench;

import io.sourcemark.importer.ArticleFixtures;
import io.sourcemark.importer.ImporterRegistry;
import io.sourcemark.importer.PdfFixtures;
import io.sourcemark.service.ComputePool;
import io.sourcemark.service.DetectionReport;
import io.sourcemark.service.DetectionService;
import io.sourcemark.service.ImportProgress;
import io.sourcemark.service.ImportReport;
import io.sourcemark.service.ImportService;
import io.sourcemark.service.ImportedFile;
import io.sourcemark.service.Project;
import io.sourcemark.service.TestProject;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Prints how long importing 1,000 article files into a new project takes, with detection in every new article, as
 * the window and {@code import} do it (the project's writer, the compute pool sized to the cores): the samples
 * repeated with distinct titles, half as web pages, a tenth each as PDF and Word, the rest as text files. The floor
 * is the same 1,000 articles as plain text files imported without detection, in the same run. Each round starts
 * from a new project; progress goes to standard error; peak heap over the whole run.
 */
public final class LibraryImportBenchmark {

    private static final int ARTICLES = 1000;
    private static final int DEFAULT_ROUNDS = 3;
    private static final double TARGET_SECONDS = 60;

    private LibraryImportBenchmark() {
    }

    /** @param args the number of measured rounds (3 when not given) */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ROUNDS;
        Path work = BenchFolders.temporary("sourcemark-import-bench");
        Path mixed = Files.createDirectories(work.resolve("mixed"));
        Path plain = Files.createDirectories(work.resolve("plain"));
        long bytes = write(mixed, plain);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        TestProject.engine().get(); // the engine's models load once per run, as in the window
        try (ComputePool compute = ComputePool.sizedToTheCores()) {
            round(work.resolve("warm.sourcemark"), mixed, compute, true);
            double[] full = new double[rounds];
            double[] floor = new double[rounds];
            double[] fullCpu = new double[rounds];
            double[] floorCpu = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                double cpu = cpuSeconds();
                full[round] = round(work.resolve("full-" + round + ".sourcemark"), mixed, compute, true);
                fullCpu[round] = cpuSeconds() - cpu;
                cpu = cpuSeconds();
                floor[round] = round(work.resolve("floor-" + round + ".sourcemark"), plain, compute, false);
                floorCpu[round] = cpuSeconds() - cpu;
            }
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf(Locale.ROOT, "%d article files (%.1f MB: web pages, PDF, Word, text), %d cores, "
                    + "median of %d rounds%n", ARTICLES, bytes / 1e6, Runtime.getRuntime().availableProcessors(),
                    rounds);
            System.out.printf(Locale.ROOT, "import with detection: %.1f s (runs %s; target ≤ %.0f s)%n",
                    median(full), runs(full), TARGET_SECONDS);
            System.out.printf(Locale.ROOT, "floor, the same articles as text files, no detection: %.1f s (runs %s)%n",
                    median(floor), runs(floor));
            System.out.printf(Locale.ROOT, "ratio: %.1f%n", median(full) / median(floor));
            // on a machine shared with other work, the processor time says what the wall clock cannot
            System.out.printf(Locale.ROOT, "processor time of this process: %.1f s with detection, %.1f s floor "
                    + "(ratio %.1f); system load average %.1f%n", median(fullCpu), median(floorCpu),
                    median(fullCpu) / median(floorCpu), ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
            System.out.printf(Locale.ROOT, "peak heap: %d MB (max %d MB)%n", peak >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            delete(work);
        }
    }

    /** One import into a new project, then detection in its new articles; the seconds it took. */
    private static double round(Path projectFile, Path folder, ComputePool compute, boolean detect) {
        long start = System.nanoTime();
        try (Project project = Project.open(projectFile)) {
            ImportReport report = new ImportService(project, ImporterRegistry.standard(), compute).importPaths(
                    List.of(folder), progress("import"), () -> false);
            if (report.imported().size() != ARTICLES) {
                throw new IllegalStateException(report.imported().size() + " imported; refused: " + report.refused());
            }
            if (detect) {
                DetectionReport detected = new DetectionService(project, TestProject.engine(), compute).detectEach(
                        report.imported().stream().map(ImportedFile::articleId).toList(), progress("detect"),
                        () -> false);
                if (detected.suggested() == 0) {
                    throw new IllegalStateException("nothing detected");
                }
            }
        } catch (io.sourcemark.service.ProjectUnavailableException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf(Locale.ROOT, "%n  %s: %.1f s%n", projectFile.getFileName(), seconds);
        return seconds;
    }

    /** A progress line on standard error, every hundred units. */
    private static ImportProgress progress(String what) {
        return (done, total, current) -> {
            if (done % 100 == 0 || current == null) {
                System.err.printf(Locale.ROOT, "\r  %s %d of %d", what, done, total);
            }
        };
    }

    private static long write(Path mixed, Path plain) throws Exception {
        List<ArticleFixtures.Article> samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("sample-articles"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                samples.add(ArticleFixtures.of(ImporterRegistry.standard().importFile(file)));
            }
        }
        long bytes = 0;
        for (int i = 0; i < ARTICLES; i++) {
            ArticleFixtures.Article s = samples.get(i % samples.size());
            ArticleFixtures.Article article = new ArticleFixtures.Article(s.title() + " (" + (i + 1) + ")", s.source(),
                    s.date(), s.url(), numbered(s.paragraphs(), i));
            String name = String.format(Locale.ROOT, "%04d", i);
            byte[] text = ("Title: " + article.title() + "\n\n" + article.body()).getBytes(StandardCharsets.UTF_8);
            Path file = switch (i % 10) {
                case 0, 2, 4, 6, 8 -> Files.writeString(mixed.resolve(name + ".html"), ArticleFixtures.html(article));
                case 1 -> Files.write(mixed.resolve(name + ".pdf"), PdfFixtures.pdf(article.title(),
                        article.paragraphs().stream().map(ImportBenchmark::winAnsi).toList()));
                case 3 -> Files.write(mixed.resolve(name + ".docx"), ArticleFixtures.docx(article));
                default -> Files.write(mixed.resolve(name + ".txt"), text);
            };
            bytes += Files.size(file);
            Files.write(plain.resolve(name + ".txt"), text);
        }
        return bytes;
    }

    /** Repeats of one sample differ in their body too, so that none is recognised as a duplicate. */
    private static List<String> numbered(List<String> paragraphs, int i) {
        List<String> out = new ArrayList<>(paragraphs);
        out.add("(Copy " + (i + 1) + " of this article.)");
        return out;
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static String runs(double[] values) {
        return Arrays.toString(Arrays.stream(values).mapToObj(t -> String.format(Locale.ROOT, "%.1f", t)).toArray());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
