package io.sourcemark.ui.dialogs;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import java.util.function.Supplier;

/**
 * The body of a small dialog: labelled rows, and a problem line under them that says what is wrong while OK stays
 * disabled, so that bad input is explained before anything is saved.
 */
final class Form {

    private final Dialog<?> dialog;
    private final GridPane grid = new GridPane();
    private final Label problem = new Label();
    private int rows;

    Form(Dialog<?> dialog, String problemId) {
        this.dialog = dialog;
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints grows = new ColumnConstraints();
        grows.setHgrow(Priority.ALWAYS);
        grows.setMinWidth(320);
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(captions, grows);
        problem.setId(problemId);
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.setMaxWidth(440);
        problem.managedProperty().bind(problem.visibleProperty());
        dialog.getDialogPane().setContent(grid);
    }

    /**
     * Gives {@code field} the keyboard once the dialog is shown. Asked for in the dialog's own "shown" event, the
     * focus went to the default button after it, and an analyst typing at once pressed OK with the first space.
     */
    void focusFirst(Node field) {
        dialog.setOnShown(e -> javafx.application.Platform.runLater(field::requestFocus));
    }

    Form row(String caption, Node field) {
        grid.addRow(rows++, new Label(caption), field);
        return this;
    }

    /**
     * {@code message} gives what is wrong, or null when the input can be saved; read again when any of {@code on}
     * changes. Until an edit changes what it says it reads as a hint, in the muted colour: a form just opened has
     * done nothing wrong yet. OK stays disabled either way.
     */
    void check(Supplier<String> message, Observable... on) {
        StringBinding shown = Bindings.createStringBinding(message::get, on);
        problem.textProperty().bind(shown);
        problem.visibleProperty().bind(shown.isNotNull());
        problem.getStyleClass().setAll("label", "text-muted");
        // the hint becomes an error once an edit changes what is said: a field that a control rewrites as it is
        // shown (a date picker's text) is not an edit of the analyst's
        javafx.beans.value.ChangeListener<String> firstEdit = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends String> said, String old, String now) {
                problem.getStyleClass().setAll("label", "danger");
                shown.removeListener(this);
            }
        };
        shown.addListener(firstEdit);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(shown.isNotNull());
        grid.add(problem, 0, rows++, 2, 1);
    }

    static TextField field(String id, String text, String prompt) {
        TextField field = new TextField(text == null ? "" : text);
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }
}
