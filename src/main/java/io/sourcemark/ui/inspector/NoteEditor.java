package io.sourcemark.ui.inspector;

import io.sourcemark.ui.TabLeavesText;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A free text kept for one target (a statement's rationale, a highlight's or the article's note): saved when the
 * analyst leaves the field, presses Ctrl+Enter or Save, and before another target is shown, so that switching the
 * selection never loses what was typed.
 *
 * @param <T> what the text belongs to
 */
final class NoteEditor<T> {

    private final VBox root;
    private final TextArea text = new TextArea();
    private final Button save = new Button("Save");
    private final BiConsumer<T, String> saver;
    private T target;
    private long targetKey;
    private String stored = "";

    NoteEditor(String id, String heading, String prompt, BiConsumer<T, String> saver) {
        this.saver = saver;
        text.setId(id);
        TabLeavesText.install(text);
        text.setPromptText(prompt);
        text.setWrapText(true);
        text.setPrefRowCount(3);
        save.setId(id + "Save");
        save.setTooltip(new Tooltip("Save (Ctrl+Enter, or leave the field)"));
        save.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !dirty(),
                text.textProperty()));
        save.setOnAction(e -> commit());
        text.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit();
            }
        });
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                commit();
            }
        });
        Label caption = new Label(heading);
        caption.getStyleClass().add("sm-inspector-heading");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        root = new VBox(4, new HBox(caption, gap, save), text);
    }

    /**
     * Shows the text of {@code shown} (key: its id); what was typed for the previous target is saved first. The same
     * target shown again (after another change) keeps what is being typed.
     */
    void show(T shown, long key, String storedText) {
        String now = storedText == null ? "" : storedText;
        if (target != null && key == targetKey) {
            target = shown;
            boolean typing = dirty();
            stored = now;
            if (!typing) {
                text.setText(now);
            }
            return;
        }
        commit();
        target = shown;
        targetKey = key;
        stored = now;
        text.setText(now);
    }

    /** Saves what was typed, if it differs from what is stored. */
    void commit() {
        if (target != null && dirty()) {
            stored = text.getText().strip();
            saver.accept(target, text.getText());
        }
    }

    private boolean dirty() {
        return !Objects.equals(text.getText() == null ? "" : text.getText().strip(), stored.strip());
    }

    Region node() {
        return root;
    }
}
