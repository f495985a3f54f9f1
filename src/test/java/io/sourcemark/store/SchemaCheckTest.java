package io.sourcemark.store;

import io.sourcemark.store.ProjectOpenException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file whose tables are not those its schema version says is refused before anything writes to it. */
class SchemaCheckTest {

    @TempDir
    Path folder;

    @Test
    void aProjectWhoseDomainTablesWereDroppedIsRefusedUntouched() throws Exception {
        Path file = projectWithArticle("dropped.sourcemark");
        try (Sql sql = new Sql(file)) {
            sql.execute("DROP TABLE evidence");
            sql.execute("DROP TABLE link");
        }

        ProjectOpenException refusal = assertRefusedUntouched(file);

        String message = refusal.getMessage();
        assertTrue(message.startsWith("The file " + file + " is not a whole Sourcemark project: its tables are not "
                + "those of schema version " + Migrations.latestVersion() + " (missing table evidence, "), message);
        assertTrue(message.contains(", missing table link"), message);
        assertTrue(message.endsWith("). Another program may have changed it. Open a backup copy of the project."),
                message);
    }

    @Test
    void aProjectWithoutTheTriggersThatKeepSearchCurrentIsRefused() throws Exception {
        Path file = projectWithArticle("triggers.sourcemark");
        try (Sql sql = new Sql(file)) {
            sql.execute("DROP TRIGGER article_search_insert");
        }

        ProjectOpenException refusal = assertRefusedUntouched(file);

        assertTrue(refusal.getMessage().contains("(missing trigger article_search_insert)"), refusal.getMessage());
    }

    @Test
    void aTableAddedOrChangedByAnotherProgramIsNamed() throws Exception {
        Path file = projectWithArticle("edited.sourcemark");
        try (Sql sql = new Sql(file)) {
            sql.execute("CREATE TABLE notes (text TEXT)");
            sql.execute("ALTER TABLE article ADD COLUMN rating INTEGER");
        }

        ProjectOpenException refusal = assertRefusedUntouched(file);

        assertTrue(refusal.getMessage().contains("(changed table article, unexpected table notes)"),
                refusal.getMessage());
    }

    @Test
    void statisticsOfAnalyzeAreNoChangeOfTheSchema() throws Exception {
        Path file = projectWithArticle("analyzed.sourcemark");
        try (Sql sql = new Sql(file)) {
            sql.execute("ANALYZE");
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            assertEquals(1, store.articles().count());
        }
    }

    @Test
    void aFileMadeByTheMigrationsUpToEachVersionHasThatVersionsSchema() throws Exception {
        List<String> scripts = new ArrayList<>();
        for (int version = 1; version <= Migrations.latestVersion(); version++) {
            scripts.add(Migrations.script(version));
            Path file = folder.resolve("v" + version + ".sourcemark");
            try (Connection connection = ProjectUri.config().createConnection(ProjectUri.of(file, "mode=rwc"))) {
                Migrations.migrate(connection, scripts);
                assertEquals(List.of(), ProjectSchema.differences(connection, version));
                assertTrue(ProjectSchema.differences(connection, version - 1).size() > 0);
            }
        }
    }

    private Path projectWithArticle(String name) throws ProjectOpenException {
        Path file = folder.resolve(name);
        try (ProjectStore store = ProjectStore.open(file)) {
            Samples.importAfp(store);
        }
        return file;
    }

    private ProjectOpenException assertRefusedUntouched(Path file) throws Exception {
        byte[] before = Files.readAllBytes(file);
        FolderSnapshot listing = FolderSnapshot.of(folder);
        ProjectOpenException refusal = assertThrows(ProjectOpenException.class, () -> ProjectStore.open(file));
        assertEquals(Reason.CORRUPT, refusal.reason(), refusal.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(listing, FolderSnapshot.of(folder));
        return refusal;
    }
}
