package io.sourcemark.store;

/**
 * Undo or redo was refused and changed nothing: a later change (detection, another window on the same file) wrote
 * one of the rows the step would write, or a row it needs is gone. The message says which, for the analyst.
 */
public final class UndoRefusedException extends RuntimeException {

    UndoRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
