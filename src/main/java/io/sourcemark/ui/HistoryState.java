package io.sourcemark.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** What Edit ▸ Undo and Redo would do next, named ("Undo: Accept suggestion"), as read from the project. */
public final class HistoryState {

    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");

    /** @param undoLabel the next step undo would reverse, or null; likewise {@code redoLabel} */
    public void show(String undoLabel, String redoLabel) {
        canUndo.set(undoLabel != null);
        canRedo.set(redoLabel != null);
        undoText.set(undoLabel == null ? "Undo" : "Undo: " + undoLabel);
        redoText.set(redoLabel == null ? "Redo" : "Redo: " + redoLabel);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }
}
