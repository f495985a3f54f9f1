package io.sourcemark.store;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Article article;
        try (ProjectStore store = ProjectStore.open(file)) {
            article = Samples.importAfp(store);
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                CommitThenWait.class.getName(), file.toString(), String.valueOf(article.id()), QUOTE)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String line;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            line = out.readLine();
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child JVM did not die");
        }
        assertNotNull(line, "the child JVM ended without committing");
        assertTrue(line.startsWith("COMMITTED "), line);
        long id = Long.parseLong(line.substring("COMMITTED ".length()).trim());
        assertTrue(Files.size(ProjectFiles.writeAheadLog(file)) > 0, "the row should only be in the log");

        try (ProjectStore store = ProjectStore.open(file)) {
            Annotation survived = store.annotations().find(id).orElseThrow();
            assertEquals(QUOTE, survived.exact());
            assertEquals(Kind.DIRECT_QUOTE, survived.kind());
            assertEquals(QUOTE, survived.range().of(article.body()));
        }
    }
}
