package io.sourcemark.ui.inspector;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Speaker;
import io.sourcemark.ui.ClickLeavesFocus;
import io.sourcemark.ui.Keys;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import io.sourcemark.ui.SpeakerWords;

/** Who says the selected statement: typed with completion, created inline, or taken from a mention (P). */
final class SpeakerSection {

    private static final double OFFERED_ROW = 26;

    private final VBox root = new VBox(4);
    private final TextField name = new TextField();
    private final Label about = new Label();
    private final Label hint = new Label();
    private final ListView<String> offered = new ListView<>();
    private final SpeakerSectionModel model;
    private Annotation shown;
    /** True while the field is given the stored name: that is not typing, so no names are offered for it. */
    private boolean filling;

    SpeakerSection(SpeakerSectionModel model) {
        this.model = model;
        Label caption = new Label("Speaker");
        caption.getStyleClass().add("sm-caption");
        name.setId("speakerField");
        name.setPromptText("Type a name or alias");
        name.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                offered.setVisible(false);
                show(shown);
                e.consume();
            }
        });
        // completion in place under the field rather than in a popup: Enter in the field takes the words typed,
        // Down moves into the names, Enter or a click there takes one; then the keys go back to the commands
        name.setOnAction(e -> commit(name.getText()));
        name.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !offered.getItems().isEmpty()) {
                offered.requestFocus();
                offered.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        offered.setId("speakerCompletions");
        offered.setFixedCellSize(OFFERED_ROW);
        offered.managedProperty().bind(offered.visibleProperty());
        offered.setVisible(false);
        offered.setOnMouseClicked(e -> {
            if (offered.getSelectionModel().getSelectedItem() != null) {
                commit(offered.getSelectionModel().getSelectedItem());
            }
        });
        offered.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && offered.getSelectionModel().getSelectedItem() != null) {
                commit(offered.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                name.requestFocus();
                e.consume();
            }
        });
        name.textProperty().addListener((obs, old, now) -> offer(now));
        name.textProperty().addListener((obs, old, now) -> hint());
        name.focusedProperty().addListener((obs, old, now) -> {
            if (now) {
                model.reloadSpeakers(() -> { });
            } else {
                // focus went elsewhere than into the names offered: they go
                javafx.application.Platform.runLater(() -> offered.setVisible(offered.isVisible()
                        && (offered.isFocused() || name.isFocused())));
            }
            hint();
        });
        Button mention = new Button("Mention…");
        mention.setId("speakerFromMention");
        mention.setTooltip(new Tooltip("Click a speaker's name in the article to link the statement to them ("
                + Keys.LINK_SPEAKER.getDisplayText() + ")"));
        mention.setOnAction(e -> model.pickMention());
        ClickLeavesFocus.install(mention); // Tab reaches it; a click leaves the keyboard in the article
        mention.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox row = new HBox(6, name, mention);
        about.setId("speakerAbout");
        about.getStyleClass().add("sm-caption");
        about.setWrapText(true);
        about.managedProperty().bind(about.visibleProperty());
        hint.setId("speakerHint");
        hint.getStyleClass().add("sm-caption");
        hint.setWrapText(true);
        hint.managedProperty().bind(hint.visibleProperty());
        root.getChildren().addAll(caption, row, offered, about, hint);
        root.managedProperty().bind(root.visibleProperty());
    }

    void show(Annotation annotation) {
        shown = annotation;
        root.setVisible(annotation != null && annotation.kind() != Kind.TAG);
        if (annotation == null) {
            return;
        }
        model.reloadSpeakers(() -> fill(annotation));
        fill(annotation);
    }

    private void fill(Annotation annotation) {
        if (annotation != shown) {
            return; // another highlight was selected while the speakers were read
        }
        Speaker speaker = model.speakerOf(annotation).orElse(null);
        filling = true;
        try {
            name.setText(speaker == null ? "" : speaker.name());
        } finally {
            filling = false;
        }
        about.setText(speaker == null ? "" : SpeakerWords.describe(speaker));
        about.setVisible(speaker != null && !about.getText().isEmpty());
        hint();
    }

    private void commit(String typed) {
        offered.setVisible(false);
        model.setSpeaker(typed);
        root.requestFocus();
    }

    /** The names and aliases matching what is typed, while the analyst types. */
    private void offer(String typed) {
        if (!name.isFocused() || filling) {
            offered.setVisible(false);
            return;
        }
        offered.getItems().setAll(model.completionsFor(typed));
        // as tall as its names, up to a few rows: one match is one row
        offered.setPrefHeight(Math.min(offered.getItems().size(), 4) * OFFERED_ROW + 4);
        offered.setVisible(!offered.getItems().isEmpty());
    }

    private void hint() {
        String typed = name.getText() == null ? "" : name.getText().strip();
        boolean editing = name.isFocused();
        if (editing && model.isNew(typed)) {
            hint.setText("Enter creates the speaker “" + typed + "”.");
        } else if (editing) {
            hint.setText("Enter sets the speaker; an empty field removes it.");
        } else {
            hint.setText("");
        }
        hint.setVisible(!hint.getText().isEmpty());
    }

    Region node() {
        return root;
    }
}
