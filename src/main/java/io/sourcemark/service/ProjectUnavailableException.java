package io.sourcemark.service;

import java.nio.file.Path;

/**
 * A project file that cannot be opened, with a message an analyst can act on. The file has not been modified.
 */
public final class ProjectUnavailableException extends Exception {

    private final Path file;

    public ProjectUnavailableException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
