package io.sourcemark.ui.dialogs;

import io.sourcemark.ui.AnalystPreferences;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** Edit ▸ Preferences…: the reviewer's name, recorded with every verdict, review status and rationale. */
public final class PreferencesDialog {

    private PreferencesDialog() {
    }

    public static void show(Window owner, AnalystPreferences preferences) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Preferences");
        dialog.setHeaderText("Your name is recorded with each verdict you give");
        TextField reviewer = Form.field("preferencesReviewer", preferences.reviewer(), "Reviewer name");
        Form form = new Form(dialog, "preferencesProblem");
        form.row("Reviewer name", reviewer);
        dialog.setResultConverter(button -> button == ButtonType.OK ? reviewer.getText().strip() : null);
        form.focusFirst(reviewer);
        dialog.showAndWait().ifPresent(preferences.reviewerProperty()::set);
    }
}
