package io.sourcemark.store;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.ArticleSummary;
import io.sourcemark.model.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrashSafetyTest {

    private static final String QUOTE = "We are discussing it with everyone, including North Korea. Why not? "
            + "They are our neighbours,";

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anAnnotationSurvivesAKillRightAfterItsCallReturned() throws Exception {
        Path file = folder.resolve("crash.sourcemark");
        Article article = projectWithArticle(file);

        long id = runChildAndKill(file, article, "committed", "COMMITTED ");
        assertTrue(Files.size(ProjectFiles.writeAheadLog(file)) > 0, "the row should only be in the log");

        try (ProjectStore store = ProjectStore.open(file)) {
            Annotation survived = store.annotations().find(id).orElseThrow();
            assertEquals(QUOTE, survived.exact());
            assertEquals(Kind.DIRECT_QUOTE, survived.kind());
            assertEquals(QUOTE, survived.range().of(article.body()));
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aTransactionKilledBeforeItsEndLeavesNothing() throws Exception {
        Path file = folder.resolve("unfinished.sourcemark");
        Article article = projectWithArticle(file);

        long id = runChildAndKill(file, article, "unfinished", "UNCOMMITTED ");

        try (ProjectStore store = ProjectStore.open(file)) {
            assertEquals(Optional.empty(), store.annotations().find(id));
            assertEquals(0, store.annotations().countForArticle(article.id()));
            assertEquals(List.of(article.id()), store.articles().list().stream().map(ArticleSummary::id).toList());
        }
    }

    private static Article projectWithArticle(Path file) throws ProjectOpenException {
        try (ProjectStore store = ProjectStore.open(file)) {
            return Samples.importAfp(store);
        }
    }

    /** Runs {@link CommitThenWait}, kills it once it printed {@code expected}, and returns the id it printed. */
    private static long runChildAndKill(Path file, Article article, String mode, String expected) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                CommitThenWait.class.getName(), file.toString(), String.valueOf(article.id()), QUOTE, mode)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String line;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            line = out.readLine();
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child JVM did not die");
        }
        assertNotNull(line, "the child JVM ended before storing anything");
        assertTrue(line.startsWith(expected), line);
        return Long.parseLong(line.substring(expected.length()).trim());
    }
}
