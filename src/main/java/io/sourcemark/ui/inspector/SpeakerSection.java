package io.sourcemark.ui.inspector;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Speaker;
import io.sourcemark.ui.Keys;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

import io.sourcemark.ui.SpeakerWords;
import java.util.StringJoiner;

/** Who says the selected statement: typed with completion, created inline, or taken from a mention (P). */
final class SpeakerSection {

    private final VBox root = new VBox(4);
    private final TextField name = new TextField();
    private final Label about = new Label();
    private final Label hint = new Label();
    private final SpeakerSectionModel model;
    private Annotation shown;

    SpeakerSection(SpeakerSectionModel model) {
        this.model = model;
        Label caption = new Label("Speaker");
        caption.getStyleClass().add("sm-caption");
        name.setId("speakerField");
        name.setPromptText("Type a name or alias");
        // once set, the keys go back to the commands (Ctrl+Z undoes the change, not the typing)
        name.setOnAction(e -> {
            model.setSpeaker(name.getText());
            root.requestFocus();
        });
        name.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                show(shown);
                e.consume();
            }
        });
        AutoCompletionBinding<String> completion = TextFields.bindAutoCompletion(name,
                request -> model.completionsFor(request.getUserText()));
        completion.setOnAutoCompleted(e -> {
            model.setSpeaker(e.getCompletion());
            root.requestFocus();
        });
        name.textProperty().addListener((obs, old, now) -> hint());
        name.focusedProperty().addListener((obs, old, now) -> {
            if (now) {
                model.reloadSpeakers(() -> { });
            }
            hint();
        });
        Button mention = new Button("Mention…");
        mention.setId("speakerFromMention");
        mention.setTooltip(new Tooltip("Click a speaker's name in the article to link the statement to them ("
                + Keys.LINK_SPEAKER.getDisplayText() + ")"));
        mention.setOnAction(e -> model.pickMention());
        mention.setFocusTraversable(false);
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
        root.getChildren().addAll(caption, row, about, hint);
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
        name.setText(speaker == null ? "" : speaker.name());
        about.setText(speaker == null ? "" : describe(speaker));
        about.setVisible(speaker != null && !about.getText().isEmpty());
        hint();
    }

    private static String describe(Speaker speaker) {
        StringJoiner line = new StringJoiner(" · ");
        line.add(SpeakerWords.of(speaker.kind()));
        if (speaker.role() != null) {
            line.add(speaker.role());
        }
        if (speaker.affiliation() != null) {
            line.add(speaker.affiliation());
        }
        if (!speaker.aliases().isEmpty()) {
            line.add("also " + String.join(", ", speaker.aliases()));
        }
        return line.toString();
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
