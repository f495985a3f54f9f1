package io.sourcemark.bench;

import io.sourcemark.analysis.Analyzer;
import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.TextRange;
import io.sourcemark.service.AnnotationService;
import io.sourcemark.service.ArticleService;
import io.sourcemark.service.ComputePool;
import io.sourcemark.service.LinkService;
import io.sourcemark.service.Project;
import io.sourcemark.service.SearchService;
import io.sourcemark.service.StatisticsService;
import io.sourcemark.store.SpeakerTotal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Prints how long the analyst's workflow reads and writes take on a 10,000-article library (the samples over and over,
 * each copy with a title of its own, with the engine's suggestions; built as {@link ExportBenchmark} builds it): a
 * search across the library, the link form's search for statements, find in an article, the library filter by text,
 * an action, the speakers list with counts, who said what, and the statistics of one article and of the library.
 * Each figure is the median of warm runs, printed with the floor measured in the same run (reading one article's
 * library row) and their ratio. Targets: search 50 ms, action 10 ms, speakers list and who-said-what 200 ms, library
 * statistics 500 ms.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.sourcemark.bench.SearchBenchmark [LIBRARY]
 * </pre>
 */
public final class SearchBenchmark {

    private static final List<String> QUERIES = List.of("Shoigu", "North Korea", "Pyong", "minister said",
            "\"White House\"", "Gdańsk mayor", "percent", "the", "ammunition Russia", "spokesman",
            "NEAR(\"Kim\" AND", "election", "police", "zqxj", "Sullivan");
    /** What an analyst types in the link form, a word at a time: a rare name, its start, common words. */
    private static final List<String> LINK_QUERIES = List.of("Shoigu", "Sho", "North Korea", "the", "s", "zqxj",
            "élysée");
    private static final int WARM_UP = 3;
    private static final int RUNS = 11;
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    /** The CPU time of the last {@link #median}: on a shared machine it says what the work costs, wall time what waits. */
    private static double lastCpu;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = BenchFolders.temporary("sourcemark-search-bench");
        Path library = args.length > 0 ? Path.of(args[0]) : work.resolve("library.sourcemark");
        if (Files.notExists(library)) {
            try (ComputePool compute = ComputePool.sizedToTheCores()) {
                ExportBenchmark.build(library, work, compute, Analyzer.load());
            }
        }
        long opened = System.nanoTime();
        try (Project project = Project.open(library)) {
            System.out.printf(Locale.ROOT, "library %s opened (and brought to the latest schema) in %.1f s%n",
                    library, (System.nanoTime() - opened) / 1e9);
            ArticleService articles = new ArticleService(project);
            SearchService search = new SearchService(project);
            StatisticsService statistics = new StatisticsService(project);
            AnnotationService annotations = new AnnotationService(project);
            long first = articles.list("").get(0).id();
            System.out.printf(Locale.ROOT, "%d articles, %d statements%n", articles.count(),
                    statistics.library().statements());

            double floor = median(() -> articles.summary(first));
            print("floor: one article's library row", floor, floor);
            List<Double> searches = new ArrayList<>();
            List<Double> cpus = new ArrayList<>();
            for (String query : QUERIES) {
                double ms = median(() -> search.search(query));
                searches.add(ms);
                cpus.add(lastCpu);
                System.out.printf(Locale.ROOT, "  search %-22s %3d hits  median %6.1f ms (CPU %5.1f ms)%n", query,
                        search.search(query).hits().size(), ms, lastCpu);
            }
            Collections.sort(searches);
            Collections.sort(cpus);
            lastCpu = cpus.get(cpus.size() / 2);
            print("search across the library (median of the queries' medians; target 50 ms)",
                    searches.get(searches.size() / 2), floor);
            System.out.printf(Locale.ROOT, "  slowest query: median %.1f ms; CPU time: median of the queries %.1f ms, "
                    + "slowest %.1f ms%n", searches.get(searches.size() - 1), cpus.get(cpus.size() / 2),
                    cpus.get(cpus.size() - 1));
            LinkService links = new LinkService(project);
            for (String words : LINK_QUERIES) {
                double ms = median(() -> links.find(words));
                System.out.printf(Locale.ROOT, "  link form, find %-14s %3d hits  median %6.1f ms (CPU %5.1f ms)%n",
                        words, links.find(words).size(), ms, lastCpu);
            }
            print("find in the open article (Shoigu)", median(() -> search.inArticle(first, "Shoigu")), floor);
            print("library list unfiltered, 10,000 rows (what the filter starts from)", median(() -> articles.list("")),
                    floor);
            print("library filter by text (Shoigu)", median(() -> articles.filter("Shoigu")), floor);

            String body = articles.article(first).orElseThrow().body();
            int[] round = {0};
            double markAndDelete = median(() -> {
                int at = (round[0]++ * 41) % (body.length() - 60);
                Annotation made = annotations.annotate(first, Kind.CLAIM, new TextRange(at, at + 30));
                annotations.delete(made.id());
                return made;
            });
            lastCpu /= 2;
            print("action: mark a claim, then delete it; one of the two (target 10 ms)", markAndDelete / 2, floor);

            List<SpeakerTotal> totals = statistics.speakerTotals();
            print("speakers list with counts (" + totals.size() + " speakers; target 200 ms)",
                    median(statistics::speakerTotals), floor);
            long top = totals.get(0).speakerId();
            System.out.printf(Locale.ROOT, "  top speaker %s: %d statements in %d articles%n", totals.get(0).name(),
                    totals.get(0).statements(), totals.get(0).articles());
            print("who said what, the top speaker (target 200 ms)", median(() -> statistics.statementsOf(top)),
                    floor);
            print("statistics of one article", median(() -> statistics.of(first)), floor);
            print("statistics of the library (target 500 ms)", median(statistics::library), floor);
        }
    }

    private static double median(Supplier<?> work) {
        List<Double> millis = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            work.get();
            if (i >= WARM_UP) {
                millis.add((System.nanoTime() - start) / 1e6);
                cpu.add((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6);
            }
        }
        Collections.sort(millis);
        Collections.sort(cpu);
        lastCpu = cpu.get(cpu.size() / 2);
        return millis.get(millis.size() / 2);
    }

    private static void print(String what, double millis, double floor) {
        System.out.printf(Locale.ROOT, "%s: median %.2f ms (%.0f× the floor), CPU %.2f ms%n", what, millis,
                millis / floor, lastCpu);
    }
}
