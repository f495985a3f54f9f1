package io.sourcemark.store;

import java.nio.file.Path;

/** A project file that cannot be used, with a message an analyst can act on. The file is left as it was. */
public final class ProjectOpenException extends Exception {

    /** Why the file was refused. */
    public enum Reason {
        /** The file exists but is not a Sourcemark project (another SQLite database, a text file, …). */
        NOT_A_PROJECT,
        /** The project was written by a newer version of Sourcemark. */
        NEWER_VERSION,
        /** The file is damaged. */
        CORRUPT,
        /** The file or its folder cannot be read or written (permissions, locked, missing folder). */
        INACCESSIBLE
    }

    private final Path file;
    private final Reason reason;

    public ProjectOpenException(Path file, Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }
}
