package io.sourcemark.ui.search;

import io.sourcemark.model.LibraryHit;
import io.sourcemark.ui.Keys;
import io.sourcemark.ui.Subscriptions;
import io.sourcemark.ui.search.SearchViewModel.Scope;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The search field above the article, with its scope (this article or the library), previous and next, the count,
 * and the library's hits below it while there are some. Enter goes to the next hit (or opens the chosen one in the
 * list), Shift+Enter to the previous, Esc closes the hits.
 */
public final class SearchView {

    private final SearchViewModel model;
    private final VBox root = new VBox(4);
    private final TextField field = new TextField();
    private final ToggleButton inArticle = new ToggleButton("Article");
    private final ToggleButton inLibrary = new ToggleButton("Library");
    private final Label count = new Label();
    private final Label message = new Label();
    private final ListView<LibraryHit> results = new ListView<>();
    private final Subscriptions bindings = new Subscriptions();

    private Runnable backToArticle = () -> { };

    public SearchView(SearchViewModel model, String articleKey, String libraryKey) {
        this.model = model;
        root.getStyleClass().add("sm-search");
        root.setPadding(new Insets(6, 12, 6, 12));
        field.setId("searchField");
        // short enough for the field of a 1280-pixel window; the tooltip says it whole
        field.setPromptText("Find (" + articleKey + "), or search the library (" + libraryKey + ")");
        field.setTooltip(new javafx.scene.control.Tooltip("Find words in the article (" + articleKey
                + "), or search titles, statements and notes of every article (" + libraryKey + ")"));
        HBox.setHgrow(field, Priority.ALWAYS);
        ToggleGroup scopes = new ToggleGroup();
        inArticle.setToggleGroup(scopes);
        inLibrary.setToggleGroup(scopes);
        inArticle.setId("searchInArticle");
        inLibrary.setId("searchInLibrary");
        inArticle.setTooltip(new Tooltip("Find in the open article (" + articleKey + ")"));
        inLibrary.setTooltip(new Tooltip("Search every article, statement, note and speaker (" + libraryKey + ")"));
        inArticle.getStyleClass().add("left-pill");
        inLibrary.getStyleClass().add("right-pill");
        for (ToggleButton toggle : new ToggleButton[] {inArticle, inLibrary}) {
            toggle.setFocusTraversable(false);
            // in a narrow window the field gives up its width, not the buttons their words ("…")
            toggle.setMinWidth(Region.USE_PREF_SIZE);
        }
        scopes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one scope is always chosen
            }
        });
        Button previous = new Button("▲");
        Button next = new Button("▼");
        previous.setId("findPrevious");
        next.setId("findNext");
        previous.setTooltip(new Tooltip("Previous hit in the article (Shift+Enter)"));
        next.setTooltip(new Tooltip("Next hit in the article (Enter)"));
        previous.setOnAction(e -> model.previous());
        next.setOnAction(e -> model.next());
        previous.setFocusTraversable(false);
        next.setFocusTraversable(false);
        previous.setMinWidth(Region.USE_PREF_SIZE);
        next.setMinWidth(Region.USE_PREF_SIZE);
        field.setMinWidth(80);
        count.setId("findCount");
        // "3 of 15" whole in a narrow window: the field gives up its width first
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.getStyleClass().add("text-muted");
        message.setId("searchMessage");
        message.getStyleClass().add("text-muted");
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        HBox bar = new HBox(6, field, inArticle, inLibrary, previous, next, count);
        bar.setAlignment(Pos.CENTER_LEFT);

        results.setId("searchResults");
        results.setCellFactory(HitCell::new);
        results.setPrefHeight(220);
        results.managedProperty().bind(results.visibleProperty());
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                model.open(results.getSelectionModel().getSelectedItem());
            }
        });
        results.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(results.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                // the hits put away, the keys go to the article that shows the hit chosen: V then 4 gave the query
                // "v4" when they went back to the field
                model.close();
                backToArticle.run();
                e.consume();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::fieldKey);
        root.getChildren().addAll(bar, message, results);
    }

    public void activate() {
        results.setItems(model.hits());
        bindings.bindBidirectional(field.textProperty(), model.queryProperty());
        bindings.bind(count.textProperty(), model.countProperty());
        bindings.bind(message.textProperty(), model.messageProperty());
        bindings.listen(model.scopeProperty(), (obs, old, now) -> showScope(now));
        bindings.listen(inArticle.selectedProperty(), (obs, old, now) -> {
            if (now) {
                model.scopeProperty().set(Scope.ARTICLE);
            }
        });
        bindings.listen(inLibrary.selectedProperty(), (obs, old, now) -> {
            if (now) {
                model.scopeProperty().set(Scope.LIBRARY);
            }
        });
        bindings.listen(model.focusRequestsProperty(), (obs, old, now) -> {
            field.requestFocus();
            field.selectAll();
        });
        bindings.listen(model.hits(), (javafx.collections.ListChangeListener<LibraryHit>) c -> showResults());
        showScope(model.scopeProperty().get());
    }

    public void deactivate() {
        bindings.dispose();
        results.setItems(null);
    }

    private void showScope(Scope scope) {
        inArticle.setSelected(scope == Scope.ARTICLE);
        inLibrary.setSelected(scope == Scope.LIBRARY);
        showResults();
    }

    private void showResults() {
        results.setVisible(model.scopeProperty().get() == Scope.LIBRARY && !model.hits().isEmpty());
    }

    private void fieldKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            if (model.scopeProperty().get() == Scope.LIBRARY && !model.hits().isEmpty()) {
                LibraryHit chosen = results.getSelectionModel().getSelectedItem();
                model.open(chosen != null ? chosen : model.hits().get(0));
            } else if (e.isShiftDown()) {
                model.previous();
            } else {
                model.next();
            }
            e.consume();
        } else if (Keys.NEXT_HIT.match(e) || Keys.PREVIOUS_HIT.match(e)) {
            // F3 pressed in the field never reached the menus' accelerator
            if (Keys.PREVIOUS_HIT.match(e)) {
                model.previous();
            } else {
                model.next();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.DOWN && results.isVisible()) {
            results.requestFocus();
            if (results.getSelectionModel().isEmpty()) {
                results.getSelectionModel().select(0);
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            model.close();
            // back to the article with the hit still selected, so that Q, I, C or S marks it at once, or V gives
            // the statement a library hit opened its verdict
            backToArticle.run();
            e.consume();
        }
    }

    /** What Esc in the field does after closing the hits: gives the keyboard back to the article. */
    public void onBackToArticle(Runnable action) {
        backToArticle = action;
    }

    public Region node() {
        return root;
    }
}
