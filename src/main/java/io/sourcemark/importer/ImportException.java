package io.sourcemark.importer;

/**
 * A file that cannot be imported, with a message an analyst can act on: what is wrong and with which file.
 */
public final class ImportException extends Exception {

    private final String fileName;

    public ImportException(String fileName, String message) {
        super(message);
        this.fileName = fileName;
    }

    public ImportException(String fileName, String message, Throwable cause) {
        super(message, cause);
        this.fileName = fileName;
    }

    /** The name of the file that was refused. */
    public String fileName() {
        return fileName;
    }
}
