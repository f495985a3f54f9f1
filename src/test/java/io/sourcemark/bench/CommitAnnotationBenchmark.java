package io.sourcemark.bench;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.ArticleMeta;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.TextRange;
import io.sourcemark.store.Priority;
import io.sourcemark.store.ProjectStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * How long one analyst action takes to become durable: commits annotations one by one, each its own transaction as
 * the application does, and prints median, p95 and max. Target: median at most 10 ms on 2 cores.
 *
 * <p>Run from the project folder:
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.sourcemark.bench.CommitAnnotationBenchmark
 * </pre>
 */
public final class CommitAnnotationBenchmark {

    private static final int WARM_UP = 300;
    private static final int MEASURED = 2000;

    private CommitAnnotationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String body = Files.readString(Path.of("sample-articles", "000-afp-north-korea-arms-russia.txt"),
                StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
        Path folder = BenchFolders.temporary("sourcemark-bench");
        try (ProjectStore store = ProjectStore.open(folder.resolve("bench.sourcemark"))) {
            Article article = store.change(Priority.ACTION, "Import", tx -> tx.articles().insert(
                    new ArticleMeta("Benchmark article", "AFP", "2023-09-05", null, "AFP", null, null, null), body,
                    "benchmark-" + System.nanoTime()));
            for (int i = 0; i < WARM_UP; i++) {
                commit(store, article, i);
            }
            long[] nanos = new long[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long start = System.nanoTime();
                commit(store, article, WARM_UP + i);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf("commit of one annotation (%d runs after %d warm-up, %d annotations stored):%n",
                    MEASURED, WARM_UP, store.read(tx -> tx.annotations().countForArticle(article.id())));
            System.out.printf("  median %.3f ms, p95 %.3f ms, max %.3f ms%n", millis(nanos[MEASURED / 2]),
                    millis(nanos[(int) Math.ceil(MEASURED * 0.95) - 1]), millis(nanos[MEASURED - 1]));
        } finally {
            deleteTree(folder);
        }
    }

    /** A statement of a different range each time, as an analyst marking sentence after sentence. */
    private static void commit(ProjectStore store, Article article, int i) {
        String body = article.body();
        int start = (i * 37) % (body.length() - 80);
        Annotation claim = Annotation.of(article.id(), i % 2 == 0 ? Kind.CLAIM : Kind.DIRECT_QUOTE, Origin.MANUAL,
                new TextRange(start, start + 20 + i % 60), body);
        store.change(Priority.ACTION, "Mark claim", tx -> tx.annotations().insert(claim));
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
