package io.sourcemark.ui;

import io.sourcemark.model.ArticleSummary;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.StringJoiner;

/** The left column: the project's articles, filtered by what the analyst types. */
final class LibraryView {

    private final VBox root = new VBox(8);
    private final ListView<ArticleSummary> list = new ListView<>();
    private final TextField filter = new TextField();
    private final WorkspaceViewModel model;

    LibraryView(WorkspaceViewModel model) {
        this.model = model;
        root.getStyleClass().add("sm-library");
        root.setPadding(new Insets(10));
        Label heading = new Label("Library");
        heading.getStyleClass().add("title-4");
        filter.setId("libraryFilter");
        filter.setPromptText("Filter by title, source or date");
        filter.textProperty().bindBidirectional(model.libraryFilterProperty());
        list.setId("libraryList");
        list.setItems(model.library());
        list.setCellFactory(v -> new SummaryCell(v));
        Label none = new Label("No articles. Use File ▸ Import files…");
        none.setWrapText(true);
        list.setPlaceholder(none);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && (model.articleProperty().get() == null
                    || model.articleProperty().get().id() != now.id())) {
                model.openArticle(now.id());
            }
        });
        model.articleProperty().addListener((obs, old, now) -> markOpen(true));
        // a reload after an edit keeps the open article marked, without moving the list under the analyst
        model.library().addListener((javafx.collections.ListChangeListener<ArticleSummary>) c -> markOpen(false));
        root.getChildren().addAll(heading, filter, list);
    }

    /** Keeps the open article selected in the list, also after the list was reloaded. */
    private void markOpen(boolean scroll) {
        var article = model.articleProperty().get();
        if (article == null) {
            return;
        }
        for (ArticleSummary s : list.getItems()) {
            if (s.id() == article.id()) {
                // newly marked (the list arrived after the article, as at start-up): bring it into view too
                boolean newlyMarked = list.getSelectionModel().getSelectedItem() == null
                        || list.getSelectionModel().getSelectedItem().id() != s.id();
                if (list.getSelectionModel().getSelectedItem() != s) {
                    list.getSelectionModel().select(s);
                }
                if (scroll || newlyMarked) {
                    // once the rows are laid out: rows of different heights make an earlier scroll land short
                    javafx.application.Platform.runLater(() -> list.scrollTo(s));
                }
                return;
            }
        }
    }

    Region node() {
        return root;
    }

    private static final class SummaryCell extends ListCell<ArticleSummary> {
        private final Label title = new Label();
        private final Label details = new Label();
        private final VBox box = new VBox(2, title, details);

        SummaryCell(ListView<ArticleSummary> owner) {
            title.getStyleClass().add("sm-library-title");
            title.setWrapText(true);
            details.getStyleClass().add("sm-library-details");
            box.setMinWidth(0);
            // A cell as wide as the list, not as its longest title, so that titles wrap instead of scrolling.
            setPrefWidth(0);
            details.setMinWidth(0);
            // A wrapping label needs a width to compute its height from.
            title.prefWidthProperty().bind(owner.widthProperty().subtract(40));
            title.setMinHeight(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(ArticleSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            title.setText(item.title());
            StringJoiner line = new StringJoiner("  ·  ");
            if (item.source() != null) {
                line.add(item.source());
            }
            if (item.date() != null) {
                line.add(item.date());
            }
            line.add(item.statementCount() + (item.statementCount() == 1 ? " statement" : " statements"));
            details.setText(line.toString());
            setGraphic(box);
        }
    }
}
