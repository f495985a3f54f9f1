package io.sourcemark.store;

/** Thrown inside the replay's transaction, which it rolls back: a later change wrote a row of the step. */
final class UndoConflictException extends RuntimeException {

    private final String stepLabel;
    private final UndoLog.Conflict conflict;

    UndoConflictException(String stepLabel, UndoLog.Conflict conflict) {
        super("“" + stepLabel + "” conflicts with a later change of " + conflict.table() + " " + conflict.rowId());
        this.stepLabel = stepLabel;
        this.conflict = conflict;
    }

    String stepLabel() {
        return stepLabel;
    }

    UndoLog.Conflict conflict() {
        return conflict;
    }
}
