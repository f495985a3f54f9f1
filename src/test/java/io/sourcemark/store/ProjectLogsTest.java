package io.sourcemark.store;

import io.sourcemark.model.ArticleSummary;
import io.sourcemark.store.ProjectOpenException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project with a log beside it (the write-ahead log, or the journal of an interrupted save) opens and recovers
 * as plain SQLite would; a refused one is left as it was, its logs too, with nothing created beside it.
 */
class ProjectLogsTest {

    private static final String BULK = "INSERT INTO %s SELECT %s FROM (WITH RECURSIVE n(i) AS "
            + "(SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) SELECT i FROM n)";

    @TempDir
    Path folder;

    @Test
    void aProjectLeftWithItsWriteAheadLogByACrashOpensWithEveryArticle() throws Exception {
        Path image = crashedWithGdanskInTheLog(folder.resolve("work"), folder.resolve("crashed.sourcemark"));
        assertTrue(Files.exists(ProjectFiles.sharedMemory(image)));

        assertArticles(image, Samples.afpMeta().title(), "Gdańsk mayor Paweł Adamowicz stabbed");
    }

    @Test
    void aWriteAheadLogWithoutItsIndexIsReadToo() throws Exception {
        Path image = crashedWithGdanskInTheLog(folder.resolve("work"), folder.resolve("copied.sourcemark"));
        Files.delete(ProjectFiles.sharedMemory(image));

        assertArticles(image, Samples.afpMeta().title(), "Gdańsk mayor Paweł Adamowicz stabbed");
    }

    @Test
    void aProjectWithTheJournalOfAnInterruptedSaveIsRolledBackAndOpensWithItsArticles() throws Exception {
        Path project = folder.resolve("work.sourcemark");
        try (ProjectStore store = ProjectStore.open(project)) {
            Samples.importAfp(store);
            Samples.importGdansk(store);
        }
        byte[] saved = Files.readAllBytes(project);
        Path image = CrashImages.interruptedSave(project, sql -> sql.execute(String.format(BULK,
                "article (title, body, content_hash, imported_at)",
                "'Filler ' || i, hex(randomblob(3000)), 'hash' || i, '2026-01-01T00:00:00.000000000Z'")),
                folder.resolve("interrupted.sourcemark"));
        assertTrue(Files.size(ProjectFiles.rollbackJournal(image)) > 0);
        assertFalse(Arrays.equals(saved, Files.readAllBytes(image)), "the save should have reached the file");

        assertArticles(image, Samples.afpMeta().title(), "Gdańsk mayor Paweł Adamowicz stabbed");
        assertFalse(Files.exists(ProjectFiles.rollbackJournal(image)), "the journal was played back");
    }

    @Test
    void anotherProgramsDatabaseWithTheJournalOfAnInterruptedSaveIsRefusedUntouched() throws Exception {
        Path work = Files.createDirectories(folder.resolve("work"));
        Path contacts = OtherPrograms.contacts(work.resolve("contacts.db"));
        Path image = CrashImages.interruptedSave(contacts, sql -> sql.execute(String.format(BULK,
                "contact", "hex(randomblob(3000)), i")), folder.resolve("contacts.db"));

        ProjectOpenException refusal = assertRefusedUntouched(image, Reason.NOT_A_PROJECT);

        assertTrue(refusal.getMessage().contains("is a database of another program"), refusal.getMessage());
    }

    @Test
    void anotherProgramsDatabaseLeftWithItsWriteAheadLogIsRefusedWithoutAnIndexMadeBesideIt() throws Exception {
        Path history = folder.resolve("work").resolve("history.db");
        Files.createDirectories(history.getParent());
        Path image = folder.resolve("history.db");
        try (Sql sql = new Sql(history)) {
            sql.column("PRAGMA journal_mode = WAL");
            sql.execute("CREATE TABLE visit (url TEXT)");
            sql.execute("INSERT INTO visit VALUES ('https://example.org/')");
            CrashImages.copy(history, image);
        }
        Files.delete(ProjectFiles.sharedMemory(image));

        assertRefusedUntouched(image, Reason.NOT_A_PROJECT);
    }

    @Test
    void aWriteAheadLogOfAnotherProjectIsRefusedAndTheProjectSaidToBeSound() throws Exception {
        Path project = folder.resolve("news.sourcemark");
        try (ProjectStore store = ProjectStore.open(project)) {
            Samples.importGdansk(store);
        }
        Path other = crashedWithGdanskInTheLog(folder.resolve("work"), folder.resolve("work").resolve("other"));
        Path wal = Files.copy(ProjectFiles.writeAheadLog(other), ProjectFiles.writeAheadLog(project));

        ProjectOpenException refusal = assertRefusedUntouched(project, Reason.CORRUPT);

        assertEquals("The project " + project + " itself is sound, but the write-ahead log beside it "
                + "(news.sourcemark-wal) does not fit it (read together, they are damaged): the log is damaged or "
                + "left from another copy of the project. If the project was copied or restored without its log, "
                + "move " + wal + " out of the folder and open the project again: changes saved only in the log "
                + "are then lost. Otherwise open a backup copy of the project.", refusal.getMessage());
        Files.move(wal, folder.resolve("work").resolve("moved-away-wal"));
        assertArticles(project, "Gdańsk mayor Paweł Adamowicz stabbed");
    }

    @Test
    void aNewerVersionSavedOnlyInTheLogIsRefusedUntouched() throws Exception {
        Path work = folder.resolve("work").resolve("newer.sourcemark");
        Files.createDirectories(work.getParent());
        try (ProjectStore store = ProjectStore.open(work)) {
            Samples.importAfp(store);
        }
        Path image = folder.resolve("newer.sourcemark");
        try (Sql sql = new Sql(work)) {
            sql.column("PRAGMA journal_mode = WAL");
            sql.execute("PRAGMA wal_autocheckpoint = 0");
            sql.execute("PRAGMA user_version = " + (Migrations.latestVersion() + 1));
            CrashImages.copy(work, image);
        }

        ProjectOpenException refusal = assertRefusedUntouched(image, Reason.NEWER_VERSION);

        assertTrue(refusal.getMessage().contains("newer version of Sourcemark"), refusal.getMessage());
    }

    @Test
    void aLogWhoseProjectFileIsGoneIsNeitherDeletedNorTakenForANewProject() throws Exception {
        Path image = crashedWithGdanskInTheLog(folder.resolve("work"), folder.resolve("gone.sourcemark"));
        Files.delete(image);
        Path wal = ProjectFiles.writeAheadLog(image);
        FolderSnapshot before = FolderSnapshot.of(folder);

        ProjectOpenException refusal = assertThrows(ProjectOpenException.class, () -> ProjectStore.open(image));

        assertEquals(Reason.INACCESSIBLE, refusal.reason());
        assertEquals("The file " + image + " does not exist, but a log of it does (" + wal + "). Restore the "
                + "project file beside it, or move the log out of the folder to start a new project there.",
                refusal.getMessage());
        assertEquals(before, FolderSnapshot.of(folder));
    }

    /** A project holding the AFP article in its file and the Gdańsk article only in its write-ahead log. */
    private static Path crashedWithGdanskInTheLog(Path work, Path image) throws Exception {
        Files.createDirectories(work);
        Path project = work.resolve("project.sourcemark");
        try (ProjectStore store = ProjectStore.open(project)) {
            Samples.importAfp(store);
        }
        try (ProjectStore store = ProjectStore.open(project)) {
            Samples.importGdansk(store);
            CrashImages.copy(project, image);
        }
        assertTrue(Files.size(ProjectFiles.writeAheadLog(image)) > 0);
        return image;
    }

    private static void assertArticles(Path project, String... titles) throws ProjectOpenException {
        try (ProjectStore store = ProjectStore.open(project)) {
            assertEquals(List.of(titles).stream().sorted().toList(),
                    store.articles().list().stream().map(ArticleSummary::title).sorted().toList());
        }
    }

    private static ProjectOpenException assertRefusedUntouched(Path file, Reason reason) throws Exception {
        FolderSnapshot before = FolderSnapshot.of(file.getParent());
        ProjectOpenException refusal = assertThrows(ProjectOpenException.class, () -> ProjectStore.open(file));
        assertEquals(reason, refusal.reason(), refusal.getMessage());
        assertEquals(before, FolderSnapshot.of(file.getParent()), "the refused file or its logs were changed");
        return refusal;
    }
}
