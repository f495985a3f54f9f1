package io.sourcemark.store;

/** A database failure while the project is open (disk full, file removed underneath, …). */
public final class StoreException extends RuntimeException {

    private final String reason;

    public StoreException(String message, Throwable cause) {
        this(message, message, cause);
    }

    StoreException(String message, String reason, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Why, without what was being done: for a caller that says itself what it was doing and how far it got. */
    public String reason() {
        return reason;
    }
}
