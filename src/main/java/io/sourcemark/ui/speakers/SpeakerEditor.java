package io.sourcemark.ui.speakers;

import io.sourcemark.model.Speaker;
import io.sourcemark.model.SpeakerKind;
import io.sourcemark.ui.KeyboardFocus;
import io.sourcemark.ui.SpeakerWords;
import io.sourcemark.ui.TextCell;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** The fields of one speaker, edited in place under the list: name, kind, role, affiliation, aliases. */
final class SpeakerEditor {

    private final VBox root = new VBox(6);
    private final TextField name = new TextField();
    private final ComboBox<SpeakerKind> kind = new ComboBox<>();
    private final TextField role = new TextField();
    private final TextField affiliation = new TextField();
    private final TextField aliases = new TextField();
    private final Label refusal = new Label();
    private final Runnable closed;
    private Speaker editing;

    /** @param closed gives the keyboard back once the editor closes, so that it is not left on a hidden field */
    SpeakerEditor(Save save, Runnable closed) {
        this.closed = closed;
        name.setId("speakerName");
        kind.setId("speakerKind");
        role.setId("speakerRole");
        affiliation.setId("speakerAffiliation");
        aliases.setId("speakerAliases");
        aliases.setPromptText("Other names, separated by commas");
        kind.getItems().setAll(SpeakerKind.values());
        kind.setCellFactory(v -> new TextCell<>(SpeakerWords::of));
        kind.setButtonCell(new TextCell<>(SpeakerWords::of));
        kind.setMaxWidth(Double.MAX_VALUE);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        ColumnConstraints grows = new ColumnConstraints();
        grows.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), grows);
        grid.addRow(0, caption("Name"), name);
        grid.addRow(1, caption("Kind"), kind);
        grid.addRow(2, caption("Role"), role);
        grid.addRow(3, caption("Affiliation"), affiliation);
        grid.addRow(4, caption("Aliases"), aliases);
        Button ok = new Button("Save");
        ok.setId("speakerSave");
        ok.getStyleClass().add("accent");
        // the form closes once the speaker is saved: refused (a name another speaker has), it stays open with what
        // was typed, and says why under its fields, as the status bar does
        refusal.setId("speakerRefusal");
        refusal.getStyleClass().add("sm-form-problem");
        refusal.setWrapText(true);
        refusal.managedProperty().bind(refusal.visibleProperty());
        refusal.setVisible(false);
        ok.setOnAction(e -> {
            refusal.setVisible(false);
            save.save(edited(), this::hide, this::refused);
        });
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> hide());
        // Enter in any field saves, as in a dialog; Esc gives up (an open list of kinds closes first)
        for (TextField field : List.of(name, role, affiliation, aliases)) {
            field.setOnAction(e -> ok.fire());
        }
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !kind.isShowing()) {
                hide();
                e.consume();
            }
        });
        root.getChildren().addAll(grid, refusal, new HBox(6, ok, cancel));
        root.getStyleClass().add("sm-speaker-editor");
        root.managedProperty().bind(root.visibleProperty());
        root.setVisible(false);
    }

    void edit(Speaker speaker) {
        editing = speaker;
        name.setText(speaker.name());
        kind.setValue(speaker.kind());
        role.setText(speaker.role() == null ? "" : speaker.role());
        affiliation.setText(speaker.affiliation() == null ? "" : speaker.affiliation());
        aliases.setText(String.join(", ", speaker.aliases()));
        refusal.setVisible(false);
        root.setVisible(true);
        name.requestFocus();
    }

    void hide() {
        boolean hadFocus = KeyboardFocus.isWithin(root);
        root.setVisible(false);
        if (hadFocus) {
            closed.run();
        }
    }

    private void refused(String reason) {
        refusal.setText(reason);
        refusal.setVisible(true);
    }

    /** Saves an edited speaker: {@code saved} when it is, {@code refused} with the reason when it is not. */
    interface Save {
        void save(Speaker edited, Runnable saved, Consumer<String> refused);
    }

    private Speaker edited() {
        return new Speaker(editing.id(), editing.uid(), name.getText(), kind.getValue(), role.getText(),
                affiliation.getText(), Arrays.stream(aliases.getText().split(",")).map(String::strip)
                .filter(a -> !a.isEmpty()).toList());
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("sm-caption");
        return label;
    }

    Region node() {
        return root;
    }
}
