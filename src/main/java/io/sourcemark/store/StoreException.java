package io.sourcemark.store;

/** A database failure while the project is open (disk full, file removed underneath, …). */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
