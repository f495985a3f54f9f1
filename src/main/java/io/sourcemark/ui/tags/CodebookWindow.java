package io.sourcemark.ui.tags;

import io.sourcemark.model.Tag;
import io.sourcemark.ui.Codebook;
import io.sourcemark.ui.Edits;
import io.sourcemark.ui.Icons;
import io.sourcemark.ui.Keys;
import io.sourcemark.ui.ListChoice;
import io.sourcemark.ui.SpaceOpensChoices;
import io.sourcemark.ui.StatusLine;
import io.sourcemark.ui.Subscriptions;
import io.sourcemark.ui.TagCommands;
import io.sourcemark.ui.WebColour;
import io.sourcemark.ui.dialogs.Destructive;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2AL;

import java.io.File;
import java.util.Locale;
import java.util.Optional;

/**
 * The codebook window: the tags as a tree on the left, the chosen tag's name, colour, parent and key on the right;
 * each field is saved when it is committed (Enter, or leaving it), as one undoable change. New tag, delete (after a
 * confirmation saying what happens to its highlights), import and export of the codebook as JSON.
 */
public final class CodebookWindow {

    private final TagCommands commands;
    private final Codebook codebook;
    private final Stage stage = new Stage();
    private final ListView<Codebook.Nested> list = new ListView<>();
    private final TextField name = new TextField();
    private final ColorPicker colour = new ColorPicker();
    private final ComboBox<Optional<Tag>> parent = new ComboBox<>();
    private final TextField key = new TextField();
    private final TextField newName = new TextField();
    private final Label message = new Label();
    private final Subscriptions bindings = new Subscriptions();
    private boolean showing;
    private long chosenId;

    public CodebookWindow(TagCommands commands, Edits edits, StatusLine status, Window owner, String stylesheet,
                          boolean dark) {
        this.commands = commands;
        this.codebook = commands.codebook();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Codebook");
        list.setId("codebookList");
        list.setCellFactory(v -> new TagCell());
        list.setPlaceholder(new Label("No tags yet: name one below and press Enter."));
        name.setId("codebookName");
        colour.setId("codebookColour");
        parent.setId("codebookParent");
        key.setId("codebookKey");
        key.setPrefColumnCount(3);
        // a key is one character: the one typed last replaces the one before
        key.setTextFormatter(new TextFormatter<String>(change -> {
            String text = change.getControlNewText();
            if (text.length() > 1) {
                String typed = change.getText().isEmpty() ? text.substring(text.length() - 1) : change.getText()
                        .substring(change.getText().length() - 1);
                change.setRange(0, change.getControlText().length());
                change.setText(typed.toUpperCase(Locale.ROOT));
                change.setCaretPosition(1);
                change.setAnchor(1);
            } else {
                change.setText(change.getText().toUpperCase(Locale.ROOT));
            }
            return change;
        }));
        key.setPromptText("none");
        newName.setId("codebookNewName");
        newName.setPromptText("New tag…");
        message.setId("codebookMessage");
        message.setWrapText(true);
        message.getStyleClass().add("sm-caption");
        // what happens while the codebook is open, not what the main window said before: an error in its colour
        bindings.listen(status.textProperty(), (obs, old, now) -> {
            message.setText(now);
            message.getStyleClass().remove("danger");
            if (status.problemProperty().get()) {
                message.getStyleClass().add("danger");
            }
        });
        parent.setCellFactory(v -> new ParentCell());
        parent.setButtonCell(new ParentCell());

        name.setOnAction(e -> chosen().ifPresent(this::rename));
        name.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                chosen().filter(t -> !t.name().equals(name.getText().strip())).ifPresent(this::rename);
            }
        });
        colour.setOnAction(e -> chosen().ifPresent(t -> commands.recolour(t, WebColour.of(colour.getValue()))));
        // a move when a parent is chosen, not one at each arrow's step through the list
        ListChoice.install(parent, inside -> {
            if (!showing && inside != null) {
                chosen().ifPresent(t -> commands.move(t, inside.map(Tag::id).orElse(null)));
            }
        }, this::showChosen);
        key.setOnAction(e -> chosen().ifPresent(this::setKey));
        key.focusedProperty().addListener((obs, was, now) -> {
            String current = chosen().map(Codebook::keyLabel).orElse("");
            if (!now && !key.getText().strip().equalsIgnoreCase(current)) {
                chosen().ifPresent(this::setKey);
            }
        });
        newName.setOnAction(e -> create());

        Button add = new Button("Add", Icons.of(Material2AL.ADD));
        add.setId("codebookAdd");
        add.setOnAction(e -> create());
        Button delete = new Button("Delete…", Icons.of(Material2AL.DELETE));
        delete.setId("codebookDelete");
        delete.setOnAction(e -> chosen().ifPresent(this::confirmDelete));
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Button importButton = new Button("Import…", Icons.of(Material2AL.FILE_UPLOAD));
        importButton.setId("codebookImport");
        importButton.setOnAction(e -> chooseImport());
        Button exportButton = new Button("Export…");
        exportButton.setId("codebookExport");
        exportButton.setOnAction(e -> chooseExport());
        Button close = new Button("Close");
        close.setOnAction(e -> stage.close());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, whole(new Label("Name")), name);
        form.addRow(1, whole(new Label("Colour")), colour);
        form.addRow(2, whole(new Label("Inside")), parent);
        form.addRow(3, whole(new Label("Key")), key);
        // a long path ("Economy › Politics › Elections") is cut in the box, not the labels beside it
        parent.setMaxWidth(Double.MAX_VALUE);
        parent.setPrefWidth(200);
        parent.setMinWidth(120);
        GridPane.setHgrow(parent, Priority.ALWAYS);
        Label keyHelp = new Label("One letter or digit. Press it on a highlight to tag it, or on selected words to "
                + "make them a tag span. Keys of other commands are refused.");
        keyHelp.setWrapText(true);
        keyHelp.getStyleClass().add("sm-caption");
        form.add(keyHelp, 0, 4, 2, 1);
        GridPane.setHgrow(name, Priority.ALWAYS);
        form.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        VBox right = new VBox(12, form, delete);
        right.setPrefWidth(300);
        right.setPadding(new Insets(0, 0, 0, 12));

        HBox addRow = new HBox(8, newName, add);
        HBox.setHgrow(newName, Priority.ALWAYS);
        VBox left = new VBox(8, list, addRow);
        VBox.setVgrow(list, Priority.ALWAYS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(8, importButton, exportButton, spacer, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        BorderPane root = new BorderPane(left, null, right, new VBox(8, message, bottom), null);
        root.setPadding(new Insets(14));
        root.getStyleClass().add("sm-codebook");
        if (dark) {
            root.getStyleClass().add("sm-dark");
        }
        BorderPane.setMargin(root.getBottom(), new Insets(12, 0, 0, 0));
        Scene scene = new Scene(root, 720, 460);
        SpaceOpensChoices.install(scene);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        // the window's undo and redo keys work here too: a codebook change is undone where it was made
        scene.getAccelerators().put(Keys.UNDO, edits::undo);
        scene.getAccelerators().put(Keys.REDO, edits::redo);
        scene.getAccelerators().put(Keys.REDO_ALT, edits::redo);
        // a filter: the fields and the list keep Esc for themselves otherwise; an open list or colour picker
        // closes first, as Esc asks of it
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !(scene.getFocusOwner() instanceof javafx.scene.control.ComboBoxBase<?>
                    picker && picker.isShowing())) {
                stage.close();
                e.consume();
            }
        });

        bindings.listen(codebook.tags(), (ListChangeListener<Tag>) c -> refill());
        bindings.listen(list.getSelectionModel().selectedItemProperty(), (obs, old, now) -> showChosen());
        stage.setOnHidden(e -> bindings.dispose());
        refill();
    }

    public void show() {
        stage.show();
        stage.toFront();
        newName.requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    private static Label whole(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A refused name is not left in the field, where it would read as the tag's: the tag's own comes back. */
    private void rename(Tag tag) {
        commands.rename(tag, name.getText(), () -> {
            if (chosen().map(Tag::id).orElse(-1L) == tag.id()) {
                name.setText(chosen().map(Tag::name).orElse(tag.name()));
            }
        });
    }

    /** A refused key is not left in the field, where it would read as the tag's: the tag's own comes back. */
    private void setKey(Tag tag) {
        if (!commands.setKey(tag, key.getText())) {
            key.setText(Codebook.keyLabel(tag));
        }
    }

    private void create() {
        String text = newName.getText();
        if (text == null || text.isBlank()) {
            newName.requestFocus();
            return;
        }
        Long under = chosen().map(Tag::parentId).orElse(null);
        commands.create(text, null, under, null, created -> {
            newName.clear();
            chosenId = created.id();
            refill();
        });
    }

    private void confirmDelete(Tag tag) {
        commands.deletion(tag, deletion -> {
            ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, deletion.describe(), ButtonType.CANCEL, delete);
            confirm.initOwner(stage);
            confirm.setTitle("Delete tag");
            confirm.setHeaderText("Delete the tag “" + tag.name() + "”?");
            confirm.getDialogPane().setId("codebookDeleteConfirm");
            Destructive.cancelByDefault(confirm, delete, ButtonType.CANCEL);
            confirm.showAndWait().filter(delete::equals).ifPresent(ok -> commands.delete(tag));
        });
    }

    private void chooseImport() {
        FileChooser chooser = jsonChooser("Import a codebook");
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            commands.importFrom(file.toPath());
        }
    }

    private void chooseExport() {
        FileChooser chooser = jsonChooser("Export the codebook");
        chooser.setInitialFileName("codebook.json");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            commands.exportTo(file.toPath());
        }
    }

    private static FileChooser jsonChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Codebook (JSON)", "*.json"),
                new FileChooser.ExtensionFilter("Every file", "*.*"));
        return chooser;
    }

    /** The list in tree order, the same tag chosen as before. */
    private void refill() {
        showing = true;
        try {
            Codebook.Nested before = list.getSelectionModel().getSelectedItem();
            long keep = chosenId != 0 ? chosenId : before == null ? 0 : before.tag().id();
            list.getItems().setAll(codebook.tree());
            Optional<Codebook.Nested> found = list.getItems().stream().filter(n -> n.tag().id() == keep).findFirst();
            found.ifPresent(n -> {
                list.getSelectionModel().select(n);
                list.scrollTo(n);
            });
            if (found.isPresent()) {
                chosenId = 0; // a tag just created stays wanted until the codebook read again shows it
            }
        } finally {
            showing = false;
        }
        showChosen();
    }

    private void showChosen() {
        showing = true;
        try {
            Optional<Tag> tag = chosen();
            name.setText(tag.map(Tag::name).orElse(""));
            colour.setValue(tag.map(Codebook::colourOf).orElse(Color.GRAY));
            // emptied first: the same parent set again after the items were replaced would leave the box blank
            parent.setValue(null);
            parent.getItems().setAll(Optional.<Tag>empty());
            tag.ifPresent(t -> codebook.tree().stream().map(Codebook.Nested::tag)
                    .filter(other -> !inside(other, t)).forEach(other -> parent.getItems().add(Optional.of(other))));
            parent.setValue(tag.flatMap(t -> t.parentId() == null ? Optional.empty() : codebook.find(t.parentId()))
                    .map(Optional::of).orElse(Optional.empty()));
            key.setText(tag.map(Codebook::keyLabel).orElse(""));
        } finally {
            showing = false;
        }
    }

    /** Whether {@code candidate} is {@code tag} or one of its sub-tags: not a parent it may move under. */
    private boolean inside(Tag candidate, Tag tag) {
        Tag at = candidate;
        for (int guard = 0; at != null && guard <= codebook.tags().size(); guard++) {
            if (at.id() == tag.id()) {
                return true;
            }
            at = at.parentId() == null ? null : codebook.find(at.parentId()).orElse(null);
        }
        return false;
    }

    private Optional<Tag> chosen() {
        Codebook.Nested nested = list.getSelectionModel().getSelectedItem();
        return nested == null ? Optional.empty() : codebook.find(nested.tag().id());
    }

    private final class TagCell extends ListCell<Codebook.Nested> {
        @Override
        protected void updateItem(Codebook.Nested item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Circle dot = new Circle(6, Codebook.colourOf(item.tag()));
            Label label = new Label(item.tag().name());
            Label shortcut = new Label(Codebook.keyLabel(item.tag()));
            shortcut.getStyleClass().add("sm-tag-key");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(8, dot, label, spacer, shortcut);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPadding(new Insets(0, 0, 0, 18 * item.depth()));
            setText(null);
            setGraphic(row);
        }
    }

    private final class ParentCell extends ListCell<Optional<Tag>> {
        @Override
        protected void updateItem(Optional<Tag> item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.map(codebook::path).orElse("(top level)"));
        }
    }
}
