package io.sourcemark.store;

import io.sourcemark.store.ProjectOpenException.Reason;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Creates a new project file readable by its user only (0600), in folders of the user only (0700), where the file
 * system has POSIX permissions: projects hold unpublished work. SQLite gives the {@code -wal}, {@code -shm} and
 * {@code -journal} files beside a project the permissions of the project file. Files and folders that exist already
 * keep theirs.
 */
final class PrivateFiles {

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /** Makes the missing folders of {@code file} and, unless it exists (empty), the file itself. */
    static void createProjectFile(Path file) throws ProjectOpenException {
        Path folder = file.getParent();
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        try {
            Files.createDirectories(folder, attributes(posix, FOLDER));
        } catch (IOException e) {
            throw new ProjectOpenException(file, Reason.INACCESSIBLE, "The project " + file + " cannot be created: "
                    + "the folder " + folder + " cannot be made (" + e.getMessage() + "). Choose another folder.", e);
        }
        if (!Files.isWritable(folder)) {
            throw new ProjectOpenException(file, Reason.INACCESSIBLE, "The project " + file + " cannot be created: "
                    + "the folder " + folder + " is read-only. Choose another folder.", null);
        }
        try {
            Files.createFile(file, attributes(posix, FILE));
        } catch (FileAlreadyExistsException e) {
            // an empty file chosen as the new project keeps its permissions
        } catch (IOException e) {
            throw new ProjectOpenException(file, Reason.INACCESSIBLE, "The project " + file + " cannot be created ("
                    + e.getMessage() + "). Check that you may write to the folder " + folder + ".", e);
        }
    }

    /** Makes {@code folder} and its missing parents, for the user only where the file system allows. */
    static void createFolders(Path folder) throws IOException {
        Files.createDirectories(folder, attributes(folder.getFileSystem().supportedFileAttributeViews()
                .contains("posix"), FOLDER));
    }

    private static FileAttribute<?>[] attributes(boolean posix, Set<PosixFilePermission> permissions) {
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }
}
