package io.sourcemark.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Projects hold unpublished work: what Sourcemark creates for one is readable by its user only. */
class PrivateFilesTest {

    @TempDir
    Path folder;

    @BeforeEach
    void posixOnly() {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
    }

    @Test
    void aNewProjectAndTheFoldersMadeForItAreTheUsersOnly() throws Exception {
        Path data = folder.resolve("share").resolve("sourcemark");
        Path file = data.resolve("default.sourcemark");

        try (ProjectStore store = ProjectStore.open(file)) {
            Samples.importAfp(store);
            assertTrue(Files.exists(ProjectFiles.writeAheadLog(file)));
            assertEquals("rw-------", permissions(file));
            assertEquals("rw-------", permissions(ProjectFiles.writeAheadLog(file)));
            assertEquals("rw-------", permissions(ProjectFiles.sharedMemory(file)));
        }
        assertEquals("rwx------", permissions(data));
        assertEquals("rwx------", permissions(data.getParent()));
        assertEquals("rw-------", permissions(file));
    }

    @Test
    void anExistingFolderAndAnEmptyFileChosenAsTheProjectKeepTheirPermissions() throws Exception {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-x---"));
        Path file = Files.createFile(folder.resolve("shared.sourcemark"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r-----")));

        ProjectStore.open(file).close();

        assertEquals("rwxr-x---", permissions(folder));
        assertEquals("rw-r-----", permissions(file));
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
