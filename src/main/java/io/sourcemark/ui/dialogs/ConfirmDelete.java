package io.sourcemark.ui.dialogs;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks before an article is deleted, saying what goes with it and that undo brings it back. */
public final class ConfirmDelete {

    private ConfirmDelete() {
    }

    public static boolean article(Window owner, String title, int statements) {
        ButtonType delete = new ButtonType("Delete article", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, null, delete, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Delete article");
        alert.setHeaderText("Delete “" + title + "”?");
        alert.setContentText("Its text, its " + statements + (statements == 1 ? " statement" : " statements")
                + " with their verdicts and evidence, and its notes are deleted from the project. "
                + "Edit ▸ Undo brings all of it back.");
        alert.getDialogPane().lookupButton(delete).setId("confirmDelete");
        Destructive.cancelByDefault(alert, delete, ButtonType.CANCEL);
        return alert.showAndWait().filter(delete::equals).isPresent();
    }
}
