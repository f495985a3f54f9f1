package io.sourcemark.bench;

import io.sourcemark.model.ArticleMeta;
import io.sourcemark.service.ArticleService;
import io.sourcemark.service.Project;
import io.sourcemark.service.SearchService;
import io.sourcemark.store.Priority;
import io.sourcemark.store.ProjectStore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Searching articles whose body holds the words thousands of times, of 250 K to 4 M characters: the library search
 * (its hit and passage) and the find in the open article (every hit). FTS5's own highlight() and snippet() grew with
 * the square of the hits; the body is now read in pieces. Printed beside the floor of reading the article's library
 * row, medians of 7 runs.
 */
public final class LongArticleSearchBenchmark {

    private static final String SENTENCE = "The economy grew 5% last year, officials said. ";
    private static final int RUNS = 7;

    private LongArticleSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = BenchFolders.temporary("sourcemark-long-search-bench");
        for (int size : new int[] {250_000, 1_000_000, 4_000_000}) {
            Path file = work.resolve("long-" + size + ".sourcemark");
            String body = SENTENCE.repeat(size / SENTENCE.length()).strip();
            String hash = sha256(body);
            try (ProjectStore store = ProjectStore.open(file)) {
                store.change(Priority.BACKGROUND, "Build a project", tx -> tx.articles().insert(
                        new ArticleMeta("The economy in figures", "Bench", null, null, null, null, null, null),
                        body, hash).id());
            }
            try (Project project = Project.open(file)) {
                SearchService search = new SearchService(project);
                ArticleService articles = new ArticleService(project);
                long id = articles.list("").get(0).id();
                double floor = median(() -> articles.summary(id));
                double library = median(() -> search.search("officials"));
                double inArticle = median(() -> search.inArticle(id, "officials"));
                System.out.printf(Locale.ROOT, "%,d characters, \"officials\" %,d times: library search median %.1f ms,"
                        + " find in the article (every hit) %.1f ms; floor, its library row, %.2f ms%n", body.length(),
                        search.inArticle(id, "officials").size(), library, inArticle, floor);
            }
        }
    }

    private static double median(Supplier<?> work) {
        List<Double> millis = new ArrayList<>();
        work.get(); // warm
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return millis.get(millis.size() / 2);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
