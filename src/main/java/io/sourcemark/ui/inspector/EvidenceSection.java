package io.sourcemark.ui.inspector;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Evidence;
import io.sourcemark.ui.Icons;
import io.sourcemark.ui.Names;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.List;
import java.util.StringJoiner;
import java.util.function.Consumer;

/** The sources cited for the statement's check: add, edit, delete, reorder, open in the browser. */
final class EvidenceSection {

    private final VBox root = new VBox(4);
    private final ListView<Evidence> list = new ListView<>();
    private final EvidenceViewModel model;
    private final Button add;
    /** The row chosen last, by id and place: the list is read again after each edit, and its selection with it. */
    private long chosenId;
    private int chosenIndex = -1;
    private long shownStatement;

    EvidenceSection(EvidenceViewModel model, Consumer<String> browser) {
        this.model = model;
        Label heading = new Label("Evidence");
        heading.getStyleClass().add("sm-inspector-heading");
        list.setId("evidenceList");
        list.getStyleClass().add("sm-evidence-list");
        list.setItems(model.rows());
        list.setCellFactory(v -> new EvidenceCell(v));
        Label none = new Label("No evidence yet. Add the sources you checked.");
        none.setWrapText(true);
        none.setPadding(new Insets(8));
        list.setPlaceholder(none);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && selected() != null) {
                edit();
            }
        });
        BooleanBinding nothing = list.getSelectionModel().selectedItemProperty().isNull();
        add = button("evidenceAdd", "Add…", Material2AL.ADD, "Add evidence", this::add);
        Button edit = button("evidenceEdit", null, Material2AL.EDIT, "Edit the evidence", this::edit);
        Button delete = button("evidenceDelete", null, Material2AL.DELETE, "Delete the evidence",
                () -> model.delete(selected()));
        Button up = button("evidenceUp", null, Material2AL.ARROW_UPWARD, "Move up", () -> model.move(selected(), -1));
        Button down = button("evidenceDown", null, Material2AL.ARROW_DOWNWARD, "Move down",
                () -> model.move(selected(), 1));
        Button open = button("evidenceOpen", null, Material2MZ.OPEN_IN_NEW, "Open in the browser",
                () -> browser.accept(selected().url()));
        for (Button needsOne : new Button[] {edit, delete, open}) {
            needsOne.disableProperty().bind(nothing);
        }
        up.disableProperty().bind(nothing.or(list.getSelectionModel().selectedIndexProperty().isEqualTo(0)));
        down.disableProperty().bind(nothing.or(Bindings.createBooleanBinding(
                () -> list.getSelectionModel().getSelectedIndex() >= model.rows().size() - 1,
                list.getSelectionModel().selectedIndexProperty(), model.rows())));
        root.getChildren().addAll(heading, list, new HBox(4, add, edit, delete, up, down, open));
        root.managedProperty().bind(root.visibleProperty());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                chosenId = now.id();
                chosenIndex = list.getSelectionModel().getSelectedIndex();
            }
        });
        // after the list's own listener, which has let go of the selection: else the Edit or Delete button just
        // used was disabled under the keyboard's focus, which jumped to the inspector's last field
        model.rows().addListener((ListChangeListener<Evidence>) c -> keepTheChoice());
    }

    void show(Annotation annotation) {
        boolean statement = annotation != null && annotation.kind().isStatement();
        root.setVisible(statement);
        long now = statement ? annotation.id() : 0;
        if (now != shownStatement) {
            chosenIndex = -1; // another statement's evidence: nothing chosen in it yet
            shownStatement = now;
        }
        model.show(statement ? annotation : null);
    }

    /** The same row stays selected when the list is read again (after a move, an edit); after a delete, its
        neighbour; with no row left, the keyboard's focus goes to Add. */
    private void keepTheChoice() {
        if (chosenIndex < 0) {
            return;
        }
        List<Evidence> rows = model.rows();
        if (rows.isEmpty()) {
            chosenIndex = -1;
            if (root.getScene() != null && isInside(root.getScene().getFocusOwner())) {
                add.requestFocus();
            }
            return;
        }
        int at = -1;
        for (int i = 0; i < rows.size() && at < 0; i++) {
            at = rows.get(i).id() == chosenId ? i : -1;
        }
        list.getSelectionModel().select(at >= 0 ? at : Math.min(chosenIndex, rows.size() - 1));
    }

    private boolean isInside(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }

    private void add() {
        model.add(root.getScene().getWindow());
    }

    private void edit() {
        model.edit(root.getScene().getWindow(), selected());
    }

    Region node() {
        return root;
    }

    private Evidence selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    private static Button button(String id, String text, Ikon icon, String tip, Runnable action) {
        Button button = new Button(text, Icons.of(icon));
        button.setId(id);
        button.getStyleClass().add("small");
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Title (or the address), then stance, access date and host, then the note. */
    private static final class EvidenceCell extends ListCell<Evidence> {

        private final Label title = new Label();
        private final Label details = new Label();
        private final VBox box = new VBox(1, title, details);

        EvidenceCell(ListView<Evidence> owner) {
            title.setWrapText(true);
            details.setWrapText(true);
            details.getStyleClass().add("sm-caption");
            setPrefWidth(0);
            title.prefWidthProperty().bind(owner.widthProperty().subtract(30));
            details.prefWidthProperty().bind(title.prefWidthProperty());
            title.setMinHeight(Region.USE_PREF_SIZE);
            details.setMinHeight(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(Evidence item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            title.setText(item.title() == null ? item.url() : item.title());
            StringJoiner line = new StringJoiner("  ·  ");
            line.add(Names.of(item.stance()));
            if (item.accessed() != null) {
                line.add("accessed " + item.accessed());
            }
            line.add(item.title() == null ? "" : item.url());
            if (item.note() != null) {
                line.add(item.note());
            }
            details.setText(line.toString().replace("  ·    ·  ", "  ·  ").replaceAll("  ·  $", ""));
            setTooltip(new Tooltip(item.url()));
            setGraphic(box);
        }
    }
}
