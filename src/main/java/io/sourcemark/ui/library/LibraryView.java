package io.sourcemark.ui.library;

import io.sourcemark.model.Article;
import io.sourcemark.model.ArticleSummary;
import io.sourcemark.ui.Subscriptions;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.OptionalDouble;

/** The left column: the project's articles, filtered by what the analyst types. */
public final class LibraryView {

    private final VBox root = new VBox(8);
    private final ListView<ArticleSummary> list = new ListView<>();
    private final TextField filter = new TextField();
    /** What an empty list says: that the project has no articles, or that none is of the progress chosen. */
    private final Label none = new Label();
    private final ComboBox<LibraryOrder> order = new ComboBox<>();
    private final ComboBox<LibraryProgress> progress = new ComboBox<>();
    private final LibraryViewModel model;
    private final Subscriptions bindings = new Subscriptions();
    /** Where the open article's row was in the list when last marked; -1 when the list does not hold it. */
    private int openIndex = -1;

    public LibraryView(LibraryViewModel model) {
        this.model = model;
        root.getStyleClass().add("sm-library");
        root.setPadding(new Insets(10));
        Label heading = new Label("Library");
        heading.getStyleClass().add("title-4");
        filter.setId("libraryFilter");
        // the library column is narrow: a short prompt, and the tooltip says what the filter reads
        filter.setPromptText("Filter the library");
        filter.setTooltip(new javafx.scene.control.Tooltip("Keeps the articles whose title, source, date or text "
                + "holds these words"));
        // ↓ goes on from the filter into what it kept, as in the library search
        filter.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().select(0);
                }
                e.consume();
            }
        });
        list.setId("libraryList");
        list.setCellFactory(v -> new LibraryCell(v));
        none.setWrapText(true);
        list.setPlaceholder(none);
        VBox.setVgrow(list, Priority.ALWAYS);
        order.setId("libraryOrder");
        order.getItems().setAll(LibraryOrder.values());
        order.setTooltip(new Tooltip("Sort the library"));
        order.setMaxWidth(Double.MAX_VALUE);
        progress.setId("libraryProgress");
        progress.getItems().setAll(LibraryProgress.values());
        progress.setTooltip(new Tooltip("Show the articles by how far their checking has come"));
        progress.setMaxWidth(Double.MAX_VALUE);
        root.getChildren().addAll(heading, filter, choices(), list);
    }

    /** "Show" and "Sort" each with its label: a choice box alone says "Title" and leaves the reader guessing. */
    private GridPane choices() {
        Label show = new Label("Show");
        show.setLabelFor(progress);
        Label sort = new Label("Sort");
        sort.setLabelFor(order);
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.addRow(0, show, progress);
        grid.addRow(1, sort, order);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints boxes = new ColumnConstraints();
        boxes.setHgrow(Priority.ALWAYS);
        boxes.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, boxes);
        return grid;
    }

    public void activate() {
        list.setItems(model.shownRows());
        bindings.bindBidirectional(filter.textProperty(), model.filterProperty());
        bindings.bindBidirectional(order.valueProperty(), model.orderProperty());
        bindings.bindBidirectional(progress.valueProperty(), model.progressProperty());
        bindings.listen(list.getSelectionModel().selectedItemProperty(), (obs, old, now) -> model.open(now));
        bindings.listen(model.selection().articleProperty(), (obs, old, now) -> markOpen(true));
        // a row changed after an edit keeps the open article marked, without moving the list under the analyst
        bindings.listen(model.shownRows(), (ListChangeListener<ArticleSummary>) c -> markOpen(false));
        bindings.listen(model.rows(), (ListChangeListener<ArticleSummary>) c -> sayWhyEmpty());
        // another order or choice moves the open article's row: the list follows it
        bindings.listen(model.orderProperty(), (obs, old, now) -> markOpen(true));
        bindings.listen(model.progressProperty(), (obs, old, now) -> {
            sayWhyEmpty();
            markOpen(true);
        });
        // an empty list answered again empty changes no row: the words typed since must still reach the message
        bindings.listen(model.filterProperty(), (obs, old, now) -> sayWhyEmpty());
        sayWhyEmpty();
        markOpen(true);
    }

    private void sayWhyEmpty() {
        none.setText(model.rows().isEmpty() && model.filterProperty().get().isBlank()
                ? "No articles. Use File ▸ Import files…" : model.emptyMessage());
    }

    public void deactivate() {
        bindings.dispose();
        list.setItems(null);
    }

    /** Keeps the open article selected in the list, also after the list was reloaded. */
    private void markOpen(boolean scroll) {
        Article article = model.selection().article();
        if (article == null) {
            return;
        }
        // read before the list lays the changed rows out: its cells keep the places they were drawn at (their
        // items may already be the new ones), so the open row is found by where it was
        OptionalDouble wasAt = scroll ? OptionalDouble.empty() : placeInView(openIndex);
        openIndex = -1;
        for (int i = 0; i < list.getItems().size(); i++) {
            ArticleSummary row = list.getItems().get(i);
            if (row.id() == article.id()) {
                openIndex = i;
                // newly marked (the list arrived after the article, as at start-up): bring it into view too
                ArticleSummary marked = list.getSelectionModel().getSelectedItem();
                boolean newlyMarked = marked == null || marked.id() != row.id();
                if (marked != row) {
                    list.getSelectionModel().select(row);
                }
                if (scroll || newlyMarked) {
                    // once the rows are laid out: an earlier scroll lands short
                    Platform.runLater(() -> list.scrollTo(row));
                } else if (wasAt.isPresent()) {
                    // rows imported or removed above it would move it, even out of view: it stays where the analyst
                    // saw it; a list scrolled away from the open article stays where it is
                    double at = wasAt.getAsDouble();
                    Platform.runLater(() -> keepAt(row, at));
                }
                return;
            }
        }
    }

    /** Scrolls the list so that the row is drawn {@code at} pixels below the top of its view. */
    private void keepAt(ArticleSummary row, double at) {
        int index = list.getItems().indexOf(row);
        if (index >= 0 && list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollToTop(index);
            flow.scrollPixels(-at);
        }
    }

    /**
     * How far below the top of the list's view the row at {@code index}, as it was laid out last, is drawn; empty
     * when it is not drawn whole within the view.
     */
    private OptionalDouble placeInView(int index) {
        if (index < 0 || !(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return OptionalDouble.empty();
        }
        Bounds view = flow.localToScene(flow.getLayoutBounds());
        for (Node node : list.lookupAll(".list-cell")) {
            if (node instanceof ListCell<?> cell && node.isVisible() && !cell.isEmpty() && cell.getIndex() == index) {
                Bounds bounds = cell.localToScene(cell.getLayoutBounds());
                if (bounds.getMinY() >= view.getMinY() - 0.5 && bounds.getMaxY() <= view.getMaxY() + 0.5) {
                    return OptionalDouble.of(Math.max(0, bounds.getMinY() - view.getMinY()));
                }
            }
        }
        return OptionalDouble.empty();
    }

    public Region node() {
        return root;
    }
}
