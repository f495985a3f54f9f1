package io.sourcemark.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The analyst's changes to a project, newest last, so that they can be undone and redone. Each step applies its
 * inverse in its own transaction. A new change clears what could be redone.
 */
public final class UndoHistory {

    /** Enough for a long session; the oldest steps are dropped first. */
    static final int LIMIT = 500;

    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();

    public synchronized boolean canUndo() {
        return !done.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !undone.isEmpty();
    }

    /** What the next undo would reverse ("Delete direct quote"), if anything. */
    public synchronized Optional<String> undoLabel() {
        return Optional.ofNullable(done.peekLast()).map(Edit::label);
    }

    public synchronized Optional<String> redoLabel() {
        return Optional.ofNullable(undone.peekLast()).map(Edit::label);
    }

    /** Reverses the latest change; empty when there is nothing to undo. */
    public synchronized Optional<Change> undo() {
        Edit edit = done.pollLast();
        if (edit == null) {
            return Optional.empty();
        }
        try {
            Change change = edit.undo();
            undone.addLast(edit);
            return Optional.of(change);
        } catch (Gone e) {
            // Retrying could never succeed and would block every older step: the step is dropped.
            throw new IllegalArgumentException("“" + edit.label() + "” cannot be undone: " + e.getMessage()
                    + " Undo now reverses the step before it.", e);
        } catch (RuntimeException e) {
            // The step could not be reversed (the file changed underneath): keep it so the analyst may retry.
            done.addLast(edit);
            throw e;
        }
    }

    /** Applies again the latest undone change; empty when there is nothing to redo. */
    public synchronized Optional<Change> redo() {
        Edit edit = undone.pollLast();
        if (edit == null) {
            return Optional.empty();
        }
        try {
            Change change = edit.redo();
            done.addLast(edit);
            return Optional.of(change);
        } catch (Gone e) {
            throw new IllegalArgumentException("“" + edit.label() + "” cannot be redone: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            undone.addLast(edit);
            throw e;
        }
    }

    synchronized void record(Edit edit) {
        done.addLast(edit);
        undone.clear();
        while (done.size() > LIMIT) {
            done.pollFirst();
        }
    }

    /** One recorded change that knows how to reverse and re-apply itself. */
    interface Edit {
        String label();

        Change undo();

        Change redo();
    }

    /** A step whose highlight is no longer in the project (detecting again replaced it): it can never apply. */
    static final class Gone extends RuntimeException {
        Gone(String message) {
            super(message);
        }
    }
}
