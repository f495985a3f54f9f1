package io.sourcemark.ui.inspector;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.LinkEnd;
import io.sourcemark.model.Relation;
import io.sourcemark.model.StatementInArticle;
import io.sourcemark.ui.ClickLeavesFocus;
import io.sourcemark.ui.KeyboardFocus;
import io.sourcemark.ui.Keys;
import io.sourcemark.ui.Names;
import io.sourcemark.ui.SpeakerWords;
import io.sourcemark.ui.TextCell;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The statement's links, both ways: each one opens its other end when clicked. Link to… (L) opens a small form:
 * the other end (clicked in the article, or found in another one), the relation and a note.
 */
final class LinksSection {

    private final VBox root = new VBox(4);
    private final VBox list = new VBox(2);
    private final Label none = new Label("No links.");
    private final VBox form = new VBox(4);
    private final Label target = new Label();
    private final ComboBox<Relation> relation = new ComboBox<>();
    private final TextField note = new TextField();
    private final TextField search = new TextField();
    private final ListView<StatementInArticle> found = new ListView<>();
    private final HBox actions = new HBox(6);
    private final LinksSectionModel model;
    private final Runnable backToArticle;
    private final Button linkTo = new Button("Link to…");
    private long broughtIntoView;

    /** @param backToArticle gives the keyboard back to the article once the form closes with it */
    LinksSection(LinksSectionModel model, Runnable backToArticle) {
        this.model = model;
        this.backToArticle = backToArticle;
        Label caption = new Label("Links");
        caption.getStyleClass().add("sm-inspector-heading");
        linkTo.setId("linkTo");
        linkTo.setTooltip(new Tooltip("Link this statement to another one or to a speaker mention ("
                + Keys.LINK_TO.getDisplayText() + ")"));
        linkTo.setOnAction(e -> model.startLink());
        linkTo.disableProperty().bind(model.composingProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox heading = new HBox(6, caption, gap, linkTo);
        list.setId("linkList");
        none.getStyleClass().add("sm-placeholder");
        none.managedProperty().bind(none.visibleProperty());
        buildForm();
        root.getChildren().addAll(heading, none, list, form);
        root.managedProperty().bind(root.visibleProperty());
        model.links().addListener((ListChangeListener<LinkEnd>) c -> showLinks());
        model.targetProperty().addListener((obs, old, now) -> showTarget(now));
        showLinks();
        showTarget(null);
    }

    private void buildForm() {
        form.setId("linkForm");
        form.getStyleClass().add("sm-link-form");
        target.setId("linkTarget");
        target.setWrapText(true);
        relation.setId("linkRelation");
        relation.getItems().setAll(Relation.values());
        relation.setCellFactory(v -> new TextCell<>(SpeakerWords::of));
        relation.setButtonCell(new TextCell<>(SpeakerWords::of));
        relation.valueProperty().bindBidirectional(model.relationProperty());
        relation.setMaxWidth(Double.MAX_VALUE);
        note.setId("linkNote");
        note.setPromptText("Note (optional)");
        note.setOnAction(e -> model.create(note.getText()));
        search.setId("linkSearch");
        search.setPromptText("Find a statement in any article…");
        search.textProperty().addListener((obs, old, now) -> model.find(now));
        // from the search, ↓ goes into what it found; Enter, in either, takes the hit (the first one when none is
        // chosen yet) and goes on to the note, whose Enter makes the link
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !found.getItems().isEmpty()) {
                found.requestFocus();
                if (found.getSelectionModel().isEmpty()) {
                    found.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
        search.setOnAction(e -> takeFound());
        found.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                takeFound();
                e.consume();
            }
        });
        found.setId("linkFound");
        found.setItems(model.found());
        found.setPrefHeight(120);
        found.setCellFactory(v -> new FoundCell());
        found.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.choose(now));
        // words that match nothing say so, rather than leaving an empty box
        Label nothingFound = new Label();
        nothingFound.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                "No statement or speaker mention in the library has “" + search.getText().strip() + "”.",
                search.textProperty()));
        nothingFound.getStyleClass().add("sm-placeholder");
        nothingFound.setWrapText(true);
        found.setPlaceholder(nothingFound);
        found.managedProperty().bind(found.visibleProperty());
        found.visibleProperty().bind(search.textProperty().isNotEmpty());
        Button create = new Button("Link");
        create.setId("linkCreate");
        create.getStyleClass().add("accent");
        create.setDefaultButton(false);
        create.disableProperty().bind(model.targetProperty().isNull());
        create.setOnAction(e -> model.create(note.getText()));
        Button cancel = new Button("Cancel");
        cancel.setId("linkCancel");
        cancel.setOnAction(e -> model.cancel());
        Label how = new Label("Click a statement or a speaker's name in the article, or find one:");
        how.getStyleClass().add("sm-caption");
        how.setWrapText(true);
        actions.getChildren().addAll(create, cancel);
        form.getChildren().addAll(how, search, found, target, relation, note, actions);
        form.managedProperty().bind(form.visibleProperty());
        // Esc gives the link up from any of the form's fields, once its pick is over too (a hit was chosen); an
        // open list of relations closes first
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !relation.isShowing()) {
                model.cancel();
                e.consume();
            }
        });
        form.visibleProperty().bind(model.composingProperty());
        model.composingProperty().addListener((obs, old, now) -> {
            if (!now) {
                // the form is hidden with the keyboard in it: left alone, the keyboard would pass to the next
                // field, the statement's note, and the next shortcut (J, K…) would be typed into that note
                boolean hadKeyboard = KeyboardFocus.isWithin(form);
                note.clear();
                search.clear();
                if (hadKeyboard) {
                    backToArticle.run();
                }
            } else {
                // the form is below the fold of a short inspector: bring it up, ready to type a search
                javafx.application.Platform.runLater(() -> {
                    ScrollIntoView.of(form);
                    search.requestFocus();
                });
            }
        });
    }

    private void takeFound() {
        if (found.getItems().isEmpty()) {
            return;
        }
        if (found.getSelectionModel().isEmpty()) {
            found.getSelectionModel().selectFirst();
        }
        note.requestFocus();
    }

    void show(Annotation annotation) {
        root.setVisible(annotation != null && annotation.kind() != Kind.TAG);
        model.load(annotation);
    }

    private void showLinks() {
        list.getChildren().clear();
        boolean made = false;
        for (LinkEnd end : model.links()) {
            // the kind between the relation and the words, which only a direct quote puts in quotation marks:
            // "contradicted by claim: Moscow refused…", not "contradicted by Moscow refused…"
            Hyperlink jump = new Hyperlink(SpeakerWords.of(end) + " " + Names.of(end.other().kind())
                    + ": " + SpeakerWords.quoted(end.other()) + (end.other().articleId() == model.articleId() ? ""
                    : " — in “" + end.other().articleTitle() + "”"));
            jump.getStyleClass().add("sm-link-row");
            jump.setWrapText(true);
            jump.setTooltip(new Tooltip(end.link().note() == null ? "Open the other end"
                    : "Note: " + end.link().note()));
            jump.setOnAction(e -> {
                model.follow(end);
                // the link goes with the inspector's rows as the other end is shown: left to the scene, the
                // keyboard would go to the first field of the window, the library's filter
                backToArticle.run();
            });
            Button delete = ClickLeavesFocus.install(new Button("×"));
            delete.getStyleClass().addAll("flat", "sm-link-delete");
            delete.setTooltip(new Tooltip("Delete this link"));
            delete.setOnAction(e -> {
                // pressed by key, the row goes with its link: the keyboard stays in the section, on Link to… (on
                // the form's search while a link is being made)
                boolean keyboard = delete.isFocused();
                model.delete(end);
                if (keyboard) {
                    (linkTo.isDisabled() ? search : linkTo).requestFocus();
                }
            });
            HBox.setHgrow(jump, Priority.ALWAYS);
            jump.setMaxWidth(Double.MAX_VALUE);
            HBox row = new HBox(4, jump, delete);
            row.getStyleClass().add("sm-link");
            row.setUserData(end.link().id());
            list.getChildren().add(row);
            if (end.link().id() == model.madeLast() && end.link().id() != broughtIntoView) {
                made = true;
                broughtIntoView = end.link().id();
            }
            if (end.link().note() != null) {
                Label noteLine = new Label(end.link().note());
                noteLine.getStyleClass().add("sm-caption");
                noteLine.setWrapText(true);
                list.getChildren().add(noteLine);
            }
        }
        none.setVisible(model.links().isEmpty());
        if (made) {
            // the form that closed was taller than the list it leaves: the new link would be out of view above.
            // The row is looked up when the scroll is done: the list may have been drawn again in between.
            long id = model.madeLast();
            javafx.application.Platform.runLater(() -> list.getChildren().stream()
                    .filter(row -> Long.valueOf(id).equals(row.getUserData())).findFirst()
                    .ifPresent(ScrollIntoView::of));
        }
    }

    private void showTarget(StatementInArticle chosen) {
        target.setText(chosen == null ? "Nothing chosen yet." : "To " + SpeakerWords.quoted(chosen)
                + (chosen.articleId() == model.articleId() ? " in this article" : " in “" + chosen.articleTitle()
                + "”"));
        if (chosen != null && form.isVisible()) {
            // the form is often taller than a short inspector: with the other end chosen, Link is what comes next
            javafx.application.Platform.runLater(() -> ScrollIntoView.of(actions));
        }
    }

    Region node() {
        return root;
    }

    /**
     * A statement found: its words on the first line, and under them its kind and article, so that hits with
     * the same opening words in different articles can be told apart.
     */
    private final class FoundCell extends ListCell<StatementInArticle> {
        private final Text before = new Text();
        private final Text match = new Text();
        private final Text after = new Text();
        private final TextFlow words = new TextFlow(before, match, after);
        private final Label where = new Label();
        private final VBox box = new VBox(1, words, where);
        private final Tooltip whole = new Tooltip();

        FoundCell() {
            where.getStyleClass().add("sm-caption");
            // the search's words in bold, as in the library's search, so the analyst sees why a statement is here
            before.getStyleClass().add("sm-hit-text");
            match.getStyleClass().add("sm-hit-match");
            after.getStyleClass().add("sm-hit-text");
            words.getStyleClass().add("sm-found-words");
            words.setMaxWidth(Double.MAX_VALUE);
            where.setMaxWidth(Double.MAX_VALUE);
            box.setMinWidth(0);
            box.prefWidthProperty().bind(widthProperty().subtract(16));
        }

        @Override
        protected void updateItem(StatementInArticle item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            FoundWords shown = FoundWords.in(item.exact(), search.getText());
            before.setText(shown.before());
            match.setText(shown.match());
            after.setText(shown.after());
            where.setText(Names.title(item.kind()) + "  ·  "
                    + (item.articleId() == model.articleId() ? "this article" : item.articleTitle()));
            whole.setText(SpeakerWords.quoted(item) + "\n" + where.getText());
            setGraphic(box);
            setTooltip(whole);
        }
    }
}
