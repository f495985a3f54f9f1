package io.sourcemark.export;

/** A file that cannot be read as the interchange format it claims to be; the message says why, for the analyst. */
public final class InterchangeException extends Exception {

    public InterchangeException(String message) {
        super(message);
    }

    public InterchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
