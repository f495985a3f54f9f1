package io.sourcemark.service;

import io.sourcemark.store.ProjectStore;
import io.sourcemark.store.Replayed;
import io.sourcemark.store.UndoRefusedException;

import java.util.Optional;

/**
 * Undo and redo of the project's changes. The history is kept in the project file (so it survives a restart) and
 * is shared by every window on the file: undo reverses the latest change, whoever made it, and refuses, changing
 * nothing, when a later change wrote the same rows.
 */
public final class UndoHistory {

    private final ProjectStore store;

    public UndoHistory(Project project) {
        this.store = project.store();
    }

    /** What the next undo would reverse ("Accept suggestion"), if anything. */
    public Optional<String> undoLabel() {
        return store.undoLabel();
    }

    public Optional<String> redoLabel() {
        return store.redoLabel();
    }

    /**
     * Reverses the latest change; empty when there is nothing to undo.
     *
     * @throws IllegalArgumentException when the change cannot be undone (the message says why); nothing changed
     */
    public Optional<Change> undo() {
        return shown(() -> store.undo());
    }

    /** Applies again the latest undone change; empty when there is nothing to redo. */
    public Optional<Change> redo() {
        return shown(() -> store.redo());
    }

    private static Optional<Change> shown(java.util.function.Supplier<Optional<Replayed>> replay) {
        try {
            return replay.get().map(r -> new Change(r.articleId() == null ? 0 : r.articleId(),
                    r.annotationId() == null ? 0 : r.annotationId(), r.label()));
        } catch (UndoRefusedException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
