package io.sourcemark.ui;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;

/** The statements of the open article (quotes, claims) and its speakers, in reading order. */
final class StatementsView {

    private final VBox root = new VBox(6);
    private final ListView<Annotation> list = new ListView<>();
    private boolean syncing;
    private boolean picking;

    StatementsView(WorkspaceViewModel model) {
        root.getStyleClass().add("sm-statements");
        Label heading = new Label("Statements and speakers");
        heading.getStyleClass().add("title-4");
        list.setId("statementList");
        list.setItems(new FilteredList<>(model.annotations(), a -> a.kind() != Kind.TAG));
        list.setCellFactory(v -> {
            StatementCell cell = new StatementCell(v, model);
            // a row clicked again still brings its words back into view
            cell.setOnMouseClicked(e -> {
                if (!cell.isEmpty() && cell.getItem() != null) {
                    model.reveal(cell.getItem());
                }
            });
            return cell;
        });
        Label none = new Label("No statements yet. Select words in the article and press Q (direct quote), "
                + "I (indirect quote), C (claim) or S (speaker).");
        none.setWrapText(true);
        none.setPadding(new Insets(12));
        list.setPlaceholder(none);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (SuggestionKeys.handle(e, model)) {
                e.consume();
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                picking = true;
                try {
                    model.reveal(now);
                } finally {
                    picking = false;
                }
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            syncing = true;
            try {
                if (now == null || !list.getItems().contains(now)) {
                    list.getSelectionModel().clearSelection();
                } else {
                    list.getSelectionModel().select(now);
                    if (!picking) {
                        // picked in the article: bring the row into view (a row picked here already is)
                        list.scrollTo(now);
                    }
                }
            } finally {
                syncing = false;
            }
        });
        root.setPadding(new Insets(10, 10, 0, 10));
        root.getChildren().addAll(heading, list);
    }

    Region node() {
        return root;
    }

    private static final class StatementCell extends ListCell<Annotation> {
        private final Label text = new Label();
        private final Label details = new Label();
        private final VBox lines = new VBox(2, text, details);
        private final HBox box = new HBox(8);

        private final WorkspaceViewModel model;

        StatementCell(ListView<Annotation> owner, WorkspaceViewModel model) {
            this.model = model;
            text.setWrapText(true);
            text.getStyleClass().add("sm-statement-text");
            details.getStyleClass().add("sm-statement-details");
            lines.setMinWidth(0);
            HBox.setHgrow(lines, Priority.ALWAYS);
            setPrefWidth(0);
            // A wrapping label needs a width to compute its height from: the cell's, less the icon and padding.
            text.prefWidthProperty().bind(owner.widthProperty().subtract(64));
            details.setWrapText(true);
            details.prefWidthProperty().bind(text.prefWidthProperty());
            details.setMinHeight(Region.USE_PREF_SIZE);
            text.setMinHeight(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(Annotation item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(c -> c.startsWith("sm-origin-"));
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            text.setText(item.kind() == Kind.SPEAKER || hasQuotationMarkAtAnEnd(item.exact()) ? item.exact()
                    : "“" + item.exact() + "”");
            String said = item.kind() == Kind.SPEAKER ? "" : model.speakerName(item).map(n -> "  ·  " + n).orElse("");
            details.setText(Names.title(item.kind()) + said + "  ·  " + Names.of(item.origin()));
            getStyleClass().add("sm-origin-" + item.origin().name().toLowerCase(Locale.ROOT));
            box.getChildren().setAll(Icons.forKind(item.kind()), lines);
            setGraphic(box);
        }
    }

    /** Detected quotes keep their own quotation marks; they are not wrapped in a second pair. */
    static boolean hasQuotationMarkAtAnEnd(String text) {
        String marks = "\"“”„«»‘’'‹›";
        return !text.isEmpty() && (marks.indexOf(text.charAt(0)) >= 0
                || marks.indexOf(text.charAt(text.length() - 1)) >= 0);
    }
}
