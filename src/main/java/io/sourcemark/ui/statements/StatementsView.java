package io.sourcemark.ui.statements;

import io.sourcemark.model.Annotation;
import io.sourcemark.ui.ClickLeavesFocus;
import io.sourcemark.ui.Keymap;
import io.sourcemark.ui.Subscriptions;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The statements of the open article (quotes, claims) and its speakers, in reading order or with the most
 * check-worthy claims first; each claim shows its category and score.
 */
public final class StatementsView {

    /** What the empty list says; see {@link StatementsViewModel#emptyMessage()}. */
    private final Label none = new Label();

    private final VBox root = new VBox(6);
    private final ListView<Annotation> list = new ListView<>();
    private final CheckBox mostCheckWorthyFirst = new CheckBox("Most check-worthy first");
    private final StatementsViewModel model;
    private final Subscriptions bindings = new Subscriptions();
    private boolean syncing;

    public StatementsView(StatementsViewModel model, Keymap keymap) {
        this.model = model;
        root.getStyleClass().add("sm-statements");
        Label heading = new Label("Statements and speakers");
        heading.getStyleClass().add("title-4");
        list.setId("statementList");
        list.setCellFactory(v -> {
            StatementCell cell = new StatementCell(v, model);
            // a row clicked again still brings its words back into view
            cell.setOnMouseClicked(e -> {
                if (!cell.isEmpty() && cell.getItem() != null) {
                    model.pick(cell.getItem());
                }
            });
            return cell;
        });
        none.setWrapText(true);
        none.setPadding(new Insets(12));
        list.setPlaceholder(none);
        VBox.setVgrow(list, Priority.ALWAYS);
        // the list would take Enter, Delete and the letters for itself
        list.addEventFilter(KeyEvent.KEY_PRESSED, keymap::dispatch);
        root.setPadding(new Insets(10, 10, 0, 10));
        ComboBox<StatementFilter> verdicts = new ComboBox<>();
        verdicts.setId("statementFilter");
        verdicts.getItems().setAll(model.filters());
        verdicts.valueProperty().bindBidirectional(model.filterProperty());
        verdicts.setTooltip(new Tooltip("Show the statements of one verdict"));
        CheckBox byVerdict = new CheckBox("Sort by verdict");
        byVerdict.setId("statementsByVerdict");
        byVerdict.selectedProperty().bindBidirectional(model.byVerdictProperty());
        mostCheckWorthyFirst.setId("statementsMostCheckWorthyFirst");
        ClickLeavesFocus.install(mostCheckWorthyFirst); // a Tab stop; a click leaves the keyboard in the list
        // on as many lines as the column's width needs, rather than cut to "Sort by ve…"
        verdicts.setMinWidth(Region.USE_PREF_SIZE);
        byVerdict.setMinWidth(Region.USE_PREF_SIZE);
        mostCheckWorthyFirst.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane tools = new FlowPane(8, 6, verdicts, byVerdict, mostCheckWorthyFirst);
        tools.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root.getChildren().addAll(heading, tools, list);
    }

    public void activate() {
        list.setItems(model.rows());
        // another article may hide all it has under the same filter: the list stays empty, the message changes
        bindings.listen(model.highlights(), (ListChangeListener<Annotation>) c -> sayWhyEmpty());
        bindings.listen(model.filterProperty(), (obs, old, now) -> sayWhyEmpty());
        sayWhyEmpty();
        bindings.bindBidirectional(mostCheckWorthyFirst.selectedProperty(), model.mostCheckWorthyFirstProperty());
        bindings.listen(list.getSelectionModel().selectedItemProperty(), (obs, old, now) -> {
            if (!syncing && now != null && now != model.selection().annotation()) {
                model.pick(now);
            }
        });
        bindings.listen(model.selection().annotationProperty(), (obs, old, now) -> follow(now));
        bindings.listen(model.selection().revealedProperty(), (obs, old, now) -> follow(model.selection()
                .annotation()));
        follow(model.selection().annotation());
    }

    public void deactivate() {
        bindings.dispose();
        list.setItems(null);
    }

    private void sayWhyEmpty() {
        none.setText(model.emptyMessage());
    }

    /** Marks the selected highlight's row and brings it into view; clears the list's selection when there is none. */
    private void follow(Annotation selected) {
        syncing = true;
        try {
            if (selected == null || !list.getItems().contains(selected)) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(selected);
                scrollIntoView(list.getItems().indexOf(selected));
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * Scrolls only when the row is not wholly on screen (a row cut at the list's edge counts as off it), so the
     * list does not jump under the analyst.
     */
    private void scrollIntoView(int index) {
        // the chosen row is laid out as chosen first: its height may change with it, and with it what is on screen
        list.applyCss();
        list.layout();
        var flow = (javafx.scene.control.skin.VirtualFlow<?>) list.lookup(".virtual-flow");
        if (flow == null || flow.getFirstVisibleCell() == null || flow.getLastVisibleCell() == null) {
            list.scrollTo(Math.max(0, index - 2));
        } else if (!wholly(flow, index)) {
            // as little as brings the whole row in (a row taller than the list shows its top): a row put a few
            // rows under the top would be cut at the bottom when the rows above it are long quotes
            flow.scrollTo(index);
            javafx.scene.control.IndexedCell<?> cell = flow.getVisibleCell(index);
            if (cell != null && cell.getHeight() > flow.getHeight()) {
                flow.scrollToTop(index);
            }
        }
    }

    private static boolean wholly(javafx.scene.control.skin.VirtualFlow<?> flow, int index) {
        javafx.scene.control.IndexedCell<?> cell = flow.getVisibleCell(index);
        if (index < flow.getFirstVisibleCell().getIndex() || index > flow.getLastVisibleCell().getIndex()
                || cell == null || cell.getScene() == null) {
            return false;
        }
        javafx.geometry.Bounds row = cell.localToScene(cell.getBoundsInLocal());
        javafx.geometry.Bounds view = flow.localToScene(flow.getBoundsInLocal());
        return row.getMinY() >= view.getMinY() - 0.5 && row.getMaxY() <= view.getMaxY() + 0.5;
    }

    public Region node() {
        return root;
    }
}
