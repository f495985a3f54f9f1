package io.sourcemark.model;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file could not be read or written, in words: Java's own message for most file errors is only the path
 * ("rout/.statements.csv8745….part"), which says nothing to the analyst about what to do.
 */
public final class FileTrouble {

    private FileTrouble() {
    }

    /** "permission denied", "no such file or folder", "the disk is full"… or the error's own message. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "a file stands where a folder is needed";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it exists already";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        String said = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (said == null || said.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String lower = said.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk full") || lower.contains("not enough space")) {
            return "the disk is full";
        }
        if (lower.contains("not a directory")) {
            return "a file stands where a folder is needed";
        }
        if (lower.contains("read-only file system")) {
            return "the disk is read-only";
        }
        return said;
    }
}
