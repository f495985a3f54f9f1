package io.sourcemark.bench;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.TextRange;
import io.sourcemark.service.ImportProgress;
import io.sourcemark.service.TestProject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How long an analyst's action takes to commit while detection runs over 1,000 articles, against the same actions on
 * an idle project (the floor, measured in the same run). An action is marking a claim: one change, one transaction on
 * the writer, as the window makes it. Run with the test classpath (see the README's "Benchmarks").
 */
public final class ActionLatencyBenchmark {

    private static final int ARTICLES = 1000;
    private static final int ACTIONS = 200;

    private ActionLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = BenchFolders.temporary("sourcemark-latency");
        Path folder = ManyArticles.write(dir.resolve("articles"), ARTICLES);
        try (TestProject project = TestProject.open(dir.resolve("latency.sourcemark"))) {
            long start = System.nanoTime();
            project.imports().importPaths(List.of(folder), ImportProgress.NONE, () -> false);
            System.out.printf(Locale.ROOT, "imported %d articles in %.1f s%n", ARTICLES,
                    (System.nanoTime() - start) / 1e9);
            List<Long> ids = project.detection().allArticleIds();
            TestProject.engine().get();
            long first = ids.get(0);
            String body = project.read(tx -> tx.articles().find(first)).orElseThrow().body();

            List<Double> idle = actions(project, first, body, 0, () -> false);

            AtomicBoolean detecting = new AtomicBoolean(true);
            Thread detection = new Thread(() -> {
                long began = System.nanoTime();
                project.detection().detectEach(ids, ImportProgress.NONE, () -> false);
                System.out.printf(Locale.ROOT, "detection of %d articles: %.1f s%n", ids.size(),
                        (System.nanoTime() - began) / 1e9);
                detecting.set(false);
            }, "detection");
            detection.start();
            Thread.sleep(2000); // detection well under way: the engine is warm and the writer busy
            List<Double> busy = actions(project, first, body, ACTIONS, () -> !detecting.get());
            detection.join();

            print("action committed, project idle (floor)", idle);
            print("action committed while detection runs", busy);
            System.out.printf(Locale.ROOT, "ratio of the p95s: %.1f%n", percentile(busy, 0.95)
                    / percentile(idle, 0.95));
        }
    }

    /** Marks claims one after another, every 20 ms, and returns each one's time to commit, in milliseconds. */
    private static List<Double> actions(TestProject project, long articleId, String body, int offset,
                                        java.util.function.BooleanSupplier stop) throws InterruptedException {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < ACTIONS && !stop.getAsBoolean(); i++) {
            int at = ((offset + i) * 41) % (body.length() - 60);
            long start = System.nanoTime();
            Annotation made = project.annotations().annotate(articleId, Kind.CLAIM, new TextRange(at, at + 30));
            millis.add((System.nanoTime() - start) / 1e6);
            project.annotations().delete(made.id());
            Thread.sleep(20);
        }
        return millis;
    }

    private static void print(String what, List<Double> millis) {
        System.out.printf(Locale.ROOT, "%s (%d actions): median %.1f ms, p95 %.1f ms, max %.1f ms%n", what,
                millis.size(), percentile(millis, 0.5), percentile(millis, 0.95), percentile(millis, 1.0));
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
