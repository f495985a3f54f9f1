package io.sourcemark.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An import that the project stops half-way says what it imported, and exits 2. */
class ImportStoppedTest {

    private static final int FILES = 300;
    private static final int LOCK_AFTER = 5;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void anImportStoppedByABusyProjectListsTheArticlesItImportedAndExitsTwo() throws Exception {
        Path projectFile = dir.resolve("busy.sourcemark");
        assertEquals(ExitCodes.OK, CliRun.of("import", "-p", projectFile.toString(),
                "sample-articles/013-k2-18b-water-vapour.txt").exitCode());
        Path articles = Files.createDirectory(dir.resolve("articles"));
        for (int i = 1; i <= FILES; i++) {
            Files.writeString(articles.resolve(String.format("brief-%03d.txt", i)), "Title: Harbour brief " + i
                    + "\n\nThe harbour authority said on day " + i + " that cargo volumes rose again.\n");
        }
        CountDownLatch importDone = new CountDownLatch(1);
        CompletableFuture<Void> locker = CompletableFuture.runAsync(() -> holdWriteLock(projectFile, importDone));

        CliRun run;
        try {
            run = CliRun.of("import", "-p", projectFile.toString(), articles.toString());
        } finally {
            importDone.countDown();
        }
        locker.get(30, TimeUnit.SECONDS);

        List<String> titles = titlesAfter(projectFile, 1);
        int imported = titles.size();
        assertTrue(imported >= LOCK_AFTER && imported < FILES, "imported " + imported);
        assertEquals(ExitCodes.SOME_REFUSED, run.exitCode(), run.out() + run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("Imported " + imported + " before the import stopped (project " + projectFile + ")",
                lines.get(0));
        for (int i = 1; i <= imported; i++) {
            assertTrue(lines.get(i).startsWith("  imported   " + articles.resolve(String.format("brief-%03d.txt", i))
                    + " -> article "), lines.get(i));
            assertTrue(lines.get(i).endsWith(" \"Harbour brief " + i + "\""), lines.get(i));
            assertEquals("Harbour brief " + i, titles.get(i - 1));
        }
        Path next = articles.resolve(String.format("brief-%03d.txt", imported + 1));
        assertEquals("  not done   " + next + " and the " + (FILES - imported - 1) + " files after it",
                lines.get(imported + 1));
        assertEquals(imported + 2, lines.size(), run.out());
        assertTrue(run.err().startsWith("The import stopped at " + next + ": another program is writing to the "
                + "project. Close it there and do it again ("), run.err());
        assertTrue(run.err().contains("Run the same command again once the project can be written to"), run.err());
    }

    /** Takes the project's write lock once the import has committed a few articles, and holds it until it ends. */
    private static void holdWriteLock(Path projectFile, CountDownLatch importDone) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + projectFile);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 20000");
            while (count(statement) < 1 + LOCK_AFTER) {
                Thread.onSpinWait();
            }
            statement.execute("BEGIN IMMEDIATE");
            importDone.await();
            statement.execute("ROLLBACK");
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM article")) {
            return rows.getLong(1);
        }
    }

    /** The titles of the articles after the first {@code skip}, in the order they were added. */
    private static List<String> titlesAfter(Path projectFile, int skip) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + projectFile);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT title FROM article ORDER BY id LIMIT -1 OFFSET "
                     + skip)) {
            List<String> titles = new ArrayList<>();
            while (rows.next()) {
                titles.add(rows.getString(1));
            }
            return titles;
        }
    }
}
