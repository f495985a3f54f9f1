package io.sourcemark.ui.details;

import io.sourcemark.ui.ClickLeavesFocus;
import io.sourcemark.ui.Icons;
import io.sourcemark.ui.Subscriptions;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.material2.Material2AL;

import java.io.File;

/**
 * A line under the article saying where it came from (format, file or address, fetch time, size, hash), with its
 * full details a click away; the details can save the original bytes for a citation.
 */
public final class ArticleDetailsView {

    private static final ButtonType SAVE_ORIGINAL = new ButtonType("Save original…", ButtonBar.ButtonData.LEFT);

    private final ArticleDetailsViewModel model;
    private final HBox root = new HBox(6);
    private final Label line = new Label();
    private final Hyperlink more = new Hyperlink("Details…");
    private final Subscriptions bindings = new Subscriptions();

    public ArticleDetailsView(ArticleDetailsViewModel model) {
        this.model = model;
        root.setId("articleProvenance");
        root.getStyleClass().add("sm-provenance");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(2, 12, 2, 12));
        line.setId("provenanceLine");
        line.setGraphic(Icons.of(Material2AL.INFO));
        line.setMinWidth(0);
        HBox.setHgrow(line, Priority.ALWAYS);
        more.setId("provenanceDetails");
        more.setOnAction(e -> showDetails());
        ClickLeavesFocus.install(more); // a Tab stop; a click leaves the keyboard in the article
        more.setMinWidth(Region.USE_PREF_SIZE);
        root.getChildren().addAll(line, more);
        root.managedProperty().bind(root.visibleProperty());
    }

    public void activate() {
        bindings.bind(line.textProperty(), model.lineProperty());
        bindings.listen(model.lineProperty(), (obs, old, now) -> root.setVisible(!now.isEmpty()));
        root.setVisible(!model.lineProperty().get().isEmpty());
    }

    public void deactivate() {
        bindings.dispose();
    }

    public Region node() {
        return root;
    }

    private void showDetails() {
        GridPane grid = new GridPane();
        grid.setId("provenanceRows");
        grid.setHgap(12);
        grid.setVgap(4);
        int row = 0;
        for (String entry : model.rows()) {
            String[] parts = entry.split("\t", 2);
            Label label = new Label(parts[0]);
            label.getStyleClass().add("text-muted");
            label.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(parts.length > 1 ? parts[1] : "");
            value.setWrapText(true);
            value.setMaxWidth(520);
            grid.addRow(row++, label, value);
        }
        Alert details = new Alert(Alert.AlertType.NONE);
        details.initOwner(root.getScene().getWindow());
        details.setTitle("Article details");
        details.setHeaderText("Where this article came from");
        details.getDialogPane().setId("provenanceDialog");
        details.getDialogPane().setContent(grid);
        details.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        details.getButtonTypes().setAll(ButtonType.CLOSE);
        if (model.hasOriginalProperty().get()) {
            details.getButtonTypes().add(0, SAVE_ORIGINAL);
            Button save = (Button) details.getDialogPane().lookupButton(SAVE_ORIGINAL);
            save.setId("saveOriginal");
            save.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
                e.consume();
                saveOriginal(details);
            });
        }
        details.show();
    }

    private void saveOriginal(Alert details) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the original");
        chooser.setInitialFileName(model.suggestedFileName());
        File chosen = chooser.showSaveDialog(details.getDialogPane().getScene().getWindow());
        if (chosen != null) {
            model.saveOriginal(chosen.toPath());
        }
    }
}
