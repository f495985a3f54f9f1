package io.sourcemark.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The reasons given for real file errors, not the path Java's message holds. */
class FileTroubleTest {

    @TempDir
    Path dir;

    @Test
    void realErrorsOfTheFileSystemAreSaidInWords() throws Exception {
        IOException missing = assertThrows(IOException.class, () -> Files.readString(dir.resolve("gone.jsonl")));
        assertEquals("no such file or folder", FileTrouble.reason(missing));

        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        IOException notAFolder = assertThrows(IOException.class,
                () -> Files.writeString(file.resolve("inside.csv"), "x"));
        assertEquals("a file stands where a folder is needed", FileTrouble.reason(notAFolder));

        IOException full = new java.nio.file.FileSystemException("/mnt/usb/report.pdf", null, "No space left on device");
        assertEquals("the disk is full", FileTrouble.reason(full));
        assertEquals("the network went away", FileTrouble.reason(new IOException("the network went away")));
    }

    @Test
    void aFolderThatCannotBeWrittenIsPermissionDeniedWhenTheUserIsNotTheSuperuser() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-xr-xr-x")));
        try {
            Files.writeString(locked.resolve("x.csv"), "x");
            // the superuser writes anywhere: nothing to check then
        } catch (IOException e) {
            assertEquals("permission denied", FileTrouble.reason(e));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertEquals("permission denied", FileTrouble.reason(new java.nio.file.AccessDeniedException("x.csv")));
    }
}
