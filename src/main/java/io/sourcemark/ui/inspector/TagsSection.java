package io.sourcemark.ui.inspector;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Tag;
import io.sourcemark.ui.ClickLeavesFocus;
import io.sourcemark.ui.Codebook;
import io.sourcemark.ui.ListChoice;
import io.sourcemark.ui.TagCommands;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

import java.util.List;

/** The tags the highlight carries, as chips that can be taken off, and a picker to add one from the codebook. */
final class TagsSection {

    private final VBox root = new VBox(6);
    private final FlowPane chips = new FlowPane(6, 6);
    private final ComboBox<Tag> picker = new ComboBox<>();
    private final Label none = new Label("No tags. Pick one, or press a tag's key.");
    private final InspectorViewModel model;
    private final TagCommands commands;
    private Annotation shown;
    private boolean filling;

    TagsSection(InspectorViewModel model) {
        this.model = model;
        this.commands = model.tags();
        Label heading = new Label("Tags");
        heading.getStyleClass().add("sm-section-title");
        chips.setId("inspectorTags");
        none.getStyleClass().add("sm-caption");
        none.managedProperty().bind(none.visibleProperty());
        picker.setId("inspectorTagPicker");
        picker.setPromptText("Add a tag…");
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setCellFactory(v -> new TagCell(false));
        picker.setButtonCell(new TagCell(true));
        // given when chosen in the list, not at each arrow's move towards it
        ListChoice.install(picker, this::give, () -> {
            if (picker.getValue() != null) {
                show(shown); // moved to, then left: the box is empty again
            }
        });
        // both outlive no workspace: the section is built and dropped with it
        commands.codebook().tags().addListener((ListChangeListener<Tag>) c -> show(shown));
        // a highlight whose tags changed is an equal record, so the selection does not say it changed: the list does
        model.open().annotations().addListener((ListChangeListener<Annotation>) c -> show(shown == null ? null
                : model.open().current(shown.id()).orElse(null)));
        root.getChildren().addAll(heading, chips, none, picker);
    }

    private void give(Tag chosen) {
        if (!filling && chosen != null && shown != null) {
            commands.toggle(shown, chosen);
            // the next tag is picked in the same box, as the section is drawn again with this one's chip
            picker.requestFocus();
        }
    }

    void show(Annotation annotation) {
        shown = annotation;
        chips.getChildren().clear();
        filling = true;
        try {
            picker.setValue(null);
            if (annotation == null) {
                return;
            }
            List<Tag> carried = model.open().tagsOf(annotation);
            for (Tag tag : carried) {
                chips.getChildren().add(chip(annotation, tag));
            }
            none.setVisible(carried.isEmpty());
            picker.getItems().setAll(commands.codebook().tree().stream().map(Codebook.Nested::tag)
                    .filter(t -> carried.stream().noneMatch(c -> c.id() == t.id())).toList());
            picker.setDisable(picker.getItems().isEmpty());
            picker.setPromptText(commands.codebook().tags().isEmpty() ? "No tags: Ctrl+K opens the codebook"
                    : "Add a tag…");
        } finally {
            filling = false;
        }
    }

    private HBox chip(Annotation annotation, Tag tag) {
        Label name = new Label(commands.codebook().path(tag));
        Button remove = ClickLeavesFocus.install(new Button("×"));
        remove.getStyleClass().addAll("flat", "sm-tag-chip-remove");
        remove.setTooltip(new Tooltip("Take the tag “" + tag.name() + "” off"));
        remove.setOnAction(e -> {
            // pressed by key, the chip goes with its tag: the keyboard stays in the section rather than going back
            // to the window's first field (a click gives the focus back to where it was)
            boolean keyboard = remove.isFocused();
            commands.untag(annotation, tag);
            if (keyboard) {
                picker.requestFocus();
            }
        });
        HBox chip = new HBox(4, new Circle(5, Codebook.colourOf(tag)), name, remove);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("sm-tag-chip");
        chip.setId("tagChip-" + tag.id());
        return chip;
    }

    Region node() {
        return root;
    }

    private final class TagCell extends ListCell<Tag> {
        private final boolean button;

        TagCell(boolean button) {
            this.button = button;
            if (button) {
                // the prompt changes with the codebook (none yet, or some): the empty button follows it
                picker.promptTextProperty().addListener((obs, old, now) -> {
                    if (isEmpty() || getItem() == null) {
                        setText(now);
                    }
                });
            }
        }

        @Override
        protected void updateItem(Tag item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("text-muted");
            if (empty || item == null) {
                if (button) {
                    getStyleClass().add("text-muted"); // a prompt, not a chosen tag
                }
                // a button cell of one's own draws the prompt only until a value has been chosen once: emptied
                // again after a tag was added, the box stayed blank
                setText(button ? picker.getPromptText() : null);
                setGraphic(null);
                return;
            }
            String key = Codebook.keyLabel(item);
            setText(commands.codebook().path(item) + (key.isEmpty() ? "" : "   (" + key + ")"));
            setGraphic(new Circle(5, Codebook.colourOf(item)));
        }
    }
}
