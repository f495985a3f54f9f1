package io.sourcemark.ui.export;

import io.sourcemark.model.Kind;
import io.sourcemark.ui.Names;
import io.sourcemark.ui.SpaceOpensChoices;
import io.sourcemark.ui.Subscriptions;
import io.sourcemark.ui.dialogs.Destructive;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * File ▸ Export…: the format, which articles, what goes in and where the files go. Export asks before replacing
 * files, then closes and leaves the work to a job in the status bar; a message at the end says where the files went.
 */
public final class ExportView {

    private static final ButtonType EXPORT = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
    private static final ButtonType REPLACE = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
    /** Lines of details the end of an export shows as text; more are shown in a box that scrolls. */
    private static final int DONE_LINES = 14;
    private static final double MAX_DONE_HEIGHT = 640;
    /**
     * The end dialog's width in lines of the default font's size: an exported file's name (a 60-letter slug of the
     * title, a part of its uid and the extension, with no space to wrap at) fits on one line instead of being broken
     * mid-word.
     */
    private static final double DONE_WIDTH_EM = 48;
    private static final ButtonType SHOW_FOLDER = new ButtonType("Show folder", ButtonBar.ButtonData.LEFT);

    private final ExportViewModel model;
    private final Window owner;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Label problem = new Label();
    /** Where the last preview was written: a machine with no browser opens nothing and says nothing. */
    private final VBox previewBox = new VBox(4);
    private final TextField previewFile = new TextField();
    private final Subscriptions bindings = new Subscriptions();

    private final java.util.function.Consumer<String> browser;

    /** @param browser opens the HTML preview's file in the system browser, and the folder of the files written */
    public ExportView(ExportViewModel model, Window owner, java.util.function.Consumer<String> browser) {
        this.browser = browser;
        this.model = model;
        this.owner = owner;
        dialog.initOwner(owner);
        dialog.setTitle("Export");
        dialog.setHeaderText("Export articles with their highlights");
        dialog.getDialogPane().setId("exportDialog");
        SpaceOpensChoices.install(dialog.getDialogPane());
        dialog.getDialogPane().getButtonTypes().addAll(EXPORT, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content());
        Button run = (Button) dialog.getDialogPane().lookupButton(EXPORT);
        run.setId("exportRun");
        run.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes only once the export has started
            export();
        });
        dialog.setOnHidden(e -> bindings.dispose());
    }

    public void show() {
        dialog.show();
    }

    private void fitToContent() {
        javafx.stage.Window window = dialog.getDialogPane().getScene() == null ? null
                : dialog.getDialogPane().getScene().getWindow();
        if (window != null) {
            window.sizeToScene();
        }
    }

    private Node content() {
        ComboBox<String> format = new ComboBox<>();
        format.setId("exportFormat");
        format.getItems().setAll(model.formatLabels());
        format.getSelectionModel().select(model.formatIndexProperty().get());
        bindings.listen(format.getSelectionModel().selectedIndexProperty(),
                (obs, old, now) -> model.formatIndexProperty().set(now.intValue()));

        ToggleGroup scopes = new ToggleGroup();
        VBox scopeBox = new VBox(4);
        for (ExportScope scope : ExportScope.values()) {
            RadioButton option = new RadioButton(scopeLabel(scope));
            option.setId("exportScope-" + scope.name());
            option.setToggleGroup(scopes);
            option.setUserData(scope);
            option.setSelected(model.scopeProperty().get() == scope);
            option.setDisable(model.count(scope) == 0);
            scopeBox.getChildren().add(option);
        }
        bindings.listen(scopes.selectedToggleProperty(), (obs, old, now) -> {
            if (now != null) {
                model.scopeProperty().set((ExportScope) now.getUserData());
            }
        });

        FlowPane layers = new FlowPane(10, 4);
        for (Kind kind : Kind.values()) {
            CheckBox layer = check("exportLayer-" + kind.name(), Names.title(kind) + "s", model.layerProperty(kind));
            layers.getChildren().add(layer);
        }
        CheckBox suggestions = check("exportSuggestions", "Suggestions not yet reviewed",
                model.suggestionsProperty());
        CheckBox verdicts = check("exportVerdicts", "Verdicts, rationales and evidence", model.verdictsProperty());
        CheckBox notes = check("exportNotes", "Notes", model.notesProperty());
        CheckBox oneFile = check("exportOneFile", "Every article in one file (" + "statements.csv)",
                model.oneFileProperty());
        CheckBox bom = check("exportBom", "Byte-order mark for Excel", model.byteOrderMarkProperty());
        shownWhen(model.oneFileApplies(), oneFile);
        shownWhen(model.byteOrderMarkApplies(), bom);

        TextField reviewer = text("exportReviewer", "Reviewer", model.reviewerProperty());
        TextField organisation = text("exportOrganisation", "Organisation", model.organisationProperty());
        TextField published = text("exportPublicationUrl", "https://… the page this report will be published at",
                model.publicationUrlProperty());
        published.setTooltip(new Tooltip("Each review's address is this page's, with #statement-N; blank: "
                + "the statement's own identifier"));
        Label publishedCaption = new Label("Published at");
        shownWhen(model.publicationUrlApplies(), published, publishedCaption);
        TextField folder = text("exportFolder", "Folder", model.folderProperty());
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button browse = new Button("Choose…");
        browse.setId("exportBrowse");
        browse.setOnAction(e -> chooseFolder(folder));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10, 0, 0, 0));
        // the captions keep their width: else the wide rows (the layers, the folder) shrank them to "…"
        javafx.scene.layout.ColumnConstraints captions = new javafx.scene.layout.ColumnConstraints();
        captions.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(captions, fields);
        int row = 0;
        Button preview = new Button("Preview");
        preview.setId("exportPreview");
        preview.setTooltip(new Tooltip("The open article's HTML report with these choices, in your browser"));
        preview.setDisable(!model.canPreview());
        preview.setOnAction(e -> model.preview(uri -> {
            problem.setVisible(false);
            browser.accept(uri);
            previewWritten(uri);
        }, this::showProblem));
        grid.addRow(row++, new Label("Format"), new HBox(8, format, preview));
        grid.addRow(row++, new Label("Articles"), scopeBox);
        grid.addRow(row++, new Label("Highlights"), layers);
        grid.addRow(row++, new Label("Include"), new VBox(4, suggestions, verdicts, notes, oneFile, bom));
        grid.addRow(row++, new Label("Signed by"), new HBox(8, reviewer, organisation));
        grid.addRow(row++, publishedCaption, published);
        grid.addRow(row++, new Label("To folder"), new HBox(8, folder, browse));
        problem.setId("exportProblem");
        problem.getStyleClass().add("sm-export-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        previewBox.setId("exportPreviewBox");
        previewFile.setId("exportPreviewFile");
        previewFile.setEditable(false);
        HBox.setHgrow(previewFile, Priority.ALWAYS);
        Button copy = new Button("Copy");
        copy.setId("exportPreviewCopy");
        copy.setOnAction(e -> {
            javafx.scene.input.ClipboardContent path = new javafx.scene.input.ClipboardContent();
            path.putString(previewFile.getText());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(path);
        });
        Label previewNote = new Label("The preview went to your browser. If none opened, open this file in one:");
        previewNote.setWrapText(true);
        previewBox.getChildren().setAll(previewNote, new HBox(8, previewFile, copy));
        previewBox.managedProperty().bind(previewBox.visibleProperty());
        previewBox.setVisible(false);
        VBox box = new VBox(8, grid, previewBox, problem);
        box.setPrefWidth(560);
        return box;
    }

    private void previewWritten(String uri) {
        String shown;
        try {
            shown = Path.of(java.net.URI.create(uri)).toString();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException notAFile) {
            shown = uri;
        }
        previewFile.setText(shown);
        if (!previewBox.isVisible()) {
            previewBox.setVisible(true);
            fitToContent();
        }
    }

    /** Shows the nodes for the formats they apply to; a format with more options makes the dialog taller, else
        its buttons fell out of the window. */
    private void shownWhen(javafx.beans.binding.BooleanBinding applies, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(applies);
            node.managedProperty().bind(node.visibleProperty());
            bindings.onDispose(() -> node.visibleProperty().unbind());
        }
        bindings.listen(nodes[0].visibleProperty(), (obs, old, now) -> fitToContent());
    }

    private String scopeLabel(ExportScope scope) {
        return switch (scope) {
            case THIS_ARTICLE -> model.openTitle() == null ? "This article (none is open)"
                    : "This article: “" + model.openTitle() + "”";
            case LISTED -> "The articles the library lists (" + model.count(scope) + ")";
            case LIBRARY -> "Every article of the project";
        };
    }

    private CheckBox check(String id, String text, javafx.beans.property.BooleanProperty value) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setSelected(value.get());
        bindings.bindBidirectional(box.selectedProperty(), value);
        return box;
    }

    private TextField text(String id, String prompt, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setText(value.get());
        bindings.bindBidirectional(field.textProperty(), value);
        return field;
    }

    private void chooseFolder(TextField folder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export to folder");
        File current = new File(folder.getText().strip());
        if (current.isDirectory()) {
            chooser.setInitialDirectory(current);
        }
        File chosen = chooser.showDialog(dialog.getDialogPane().getScene().getWindow());
        if (chosen != null) {
            folder.setText(chosen.getPath());
        }
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }

    private void export() {
        var wrong = model.problem();
        problem.setVisible(wrong.isPresent());
        problem.setText(wrong.orElse(""));
        if (wrong.isPresent()) {
            return;
        }
        model.prepare(existing -> {
            if (existing.isEmpty()) {
                start(false);
            } else {
                askToReplace(existing);
            }
        });
    }

    private void askToReplace(List<Path> existing) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, null, REPLACE, ButtonType.CANCEL);
        ask.initOwner(dialog.getDialogPane().getScene().getWindow());
        ask.setTitle("Export");
        ask.getDialogPane().setId("exportReplace");
        Destructive.cancelByDefault(ask, REPLACE, ButtonType.CANCEL);
        ask.setHeaderText(existing.size() == 1 ? existing.get(0).getFileName() + " exists already. Replace it?"
                : existing.size() + " files exist already. Replace them?");
        ask.setContentText(existing.stream().limit(8).map(Path::toString).collect(Collectors.joining("\n"))
                + (existing.size() > 8 ? "\n…" : ""));
        ask.setOnHidden(e -> {
            if (ask.getResult() == REPLACE) {
                start(true);
            }
        });
        ask.show();
    }

    private void start(boolean overwrite) {
        dialog.close();
        model.run(overwrite, (line, details, folder) -> {
            Alert done = folder == null ? new Alert(Alert.AlertType.INFORMATION)
                    : new Alert(Alert.AlertType.INFORMATION, null, ButtonType.OK, SHOW_FOLDER);
            done.initOwner(owner);
            done.setTitle("Export");
            done.getDialogPane().setId("exportDone");
            done.setHeaderText(line);
            done.setContentText(details);
            // the dialog keeps the height of a screen: long details scroll in it rather than push OK off it
            done.getDialogPane().setMaxHeight(MAX_DONE_HEIGHT);
            done.getDialogPane().setPrefWidth(Font.getDefault().getSize() * DONE_WIDTH_EM);
            if (details.lines().count() > DONE_LINES) {
                javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(details);
                text.setId("exportDoneDetails");
                text.setEditable(false);
                text.setWrapText(true);
                text.setPrefRowCount(DONE_LINES);
                done.getDialogPane().setContent(text);
            }
            // OK is the dialog's way out: Escape takes it as well
            ((Button) done.getDialogPane().lookupButton(ButtonType.OK)).setCancelButton(true);
            done.setOnHidden(e -> {
                if (folder != null && done.getResult() == SHOW_FOLDER) {
                    browser.accept(folder.toUri().toString()); // the system's file manager, on the folder
                }
            });
            done.show();
        });
    }
}
