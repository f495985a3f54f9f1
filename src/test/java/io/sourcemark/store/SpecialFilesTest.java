package io.sourcemark.store;

import io.sourcemark.store.ProjectOpenException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Pipes, devices and folders are refused as projects, and as the files SQLite keeps beside one. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SpecialFilesTest {

    @TempDir
    Path folder;

    @Test
    void devNullIsRefusedAndNoJournalIsMadeBesideIt() throws Exception {
        Path devNull = Path.of("/dev/null");
        // Some sandboxes bind an empty regular file over /dev/null; there the file is refused as no database.
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "/dev/null is not a device here");
        boolean journalBefore = Files.exists(Path.of("/dev/null-journal"));

        ProjectOpenException refusal = assertThrows(ProjectOpenException.class, () -> ProjectStore.open(devNull));

        assertEquals(Reason.NOT_A_PROJECT, refusal.reason());
        assertEquals("The file /dev/null is a device, not a project file. Choose a .sourcemark file.",
                refusal.getMessage());
        assertEquals(journalBefore, Files.exists(Path.of("/dev/null-journal")));
        assertFalse(Files.exists(Path.of("/dev/null-wal")));
    }

    @Test
    void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path pipe = fifo(folder.resolve("pipe.sourcemark"));
        FolderSnapshot before = FolderSnapshot.of(folder);

        ProjectOpenException refusal = assertThrows(ProjectOpenException.class, () -> ProjectStore.open(pipe));

        assertEquals(Reason.NOT_A_PROJECT, refusal.reason());
        assertEquals("The file " + pipe + " is a named pipe, not a project file. Choose a .sourcemark file.",
                refusal.getMessage());
        assertEquals(before, FolderSnapshot.of(folder));
    }

    @Test
    void aPipeWhereSqliteKeepsTheJournalIsRefusedAndTheProjectLeftAsItWas() throws Exception {
        Path project = folder.resolve("news.sourcemark");
        try (ProjectStore store = ProjectStore.open(project)) {
            Samples.importAfp(store);
        }
        Path journal = fifo(ProjectFiles.rollbackJournal(project));
        FolderSnapshot before = FolderSnapshot.of(folder);

        ProjectOpenException refusal = assertThrows(ProjectOpenException.class, () -> ProjectStore.open(project));

        assertEquals(Reason.INACCESSIBLE, refusal.reason());
        assertEquals("The project " + project + " cannot be opened: beside it, news.sourcemark-journal is a named "
                + "pipe, where SQLite keeps the project's journal. Move " + journal + " out of the folder and "
                + "open the project again.", refusal.getMessage());
        assertEquals(before, FolderSnapshot.of(folder));
    }

    @Test
    void aFolderWhereSqliteKeepsTheWriteAheadLogIsRefused() throws Exception {
        Path project = folder.resolve("news.sourcemark");
        Files.createDirectory(ProjectFiles.writeAheadLog(project));
        FolderSnapshot before = FolderSnapshot.of(folder);

        ProjectOpenException refusal = assertThrows(ProjectOpenException.class, () -> ProjectStore.open(project));

        assertEquals(Reason.INACCESSIBLE, refusal.reason());
        assertEquals(before, FolderSnapshot.of(folder), "not even a new project was created");
    }

    @Test
    void aLinkToARegularProjectOpensIt() throws Exception {
        Path project = folder.resolve("news.sourcemark");
        try (ProjectStore store = ProjectStore.open(project)) {
            Samples.importAfp(store);
        }
        Path link = Files.createSymbolicLink(folder.resolve("link.sourcemark"), project);
        try (ProjectStore store = ProjectStore.open(link)) {
            assertEquals(1, store.articles().count());
        }
    }

    private static Path fifo(Path path) throws IOException, InterruptedException {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo on this system");
            throw e;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(path), "mkfifo could not make " + path);
        return path;
    }
}
