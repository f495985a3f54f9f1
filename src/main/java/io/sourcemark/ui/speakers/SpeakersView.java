package io.sourcemark.ui.speakers;

import io.sourcemark.model.ArticleStatements;
import io.sourcemark.model.SpeakerOverview;
import io.sourcemark.model.StatementInArticle;
import io.sourcemark.ui.KeyboardFocus;
import io.sourcemark.ui.Subscriptions;
import io.sourcemark.ui.TextCell;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Speakers tab: the article's or the project's speakers; edit, merge and split alias under the list; who said
 * what below it, grouped by article — choosing a statement opens its article at it.
 */
public final class SpeakersView {

    private final VBox root = new VBox(6);
    private final ListView<SpeakerOverview> list = new ListView<>();
    private final ComboBox<SpeakerOverview> mergeWith = new ComboBox<>();
    private final ComboBox<String> alias = new ComboBox<>();
    private final Label mergeCaption = new Label();
    private final Label splitCaption = new Label();
    private final VBox mergeForm;
    private final VBox splitForm;
    private final FlowPane actions;
    private final SpeakerEditor editor;
    private final javafx.scene.control.ScrollPane speakersScroll = new javafx.scene.control.ScrollPane();
    private final TreeView<Object> said = new TreeView<>(new TreeItem<>());
    private final Label saidHeading = new Label("Who said what");
    /** Over the empty tree of a speaker to whom nothing is attributed now, so that it does not look unread. */
    private final Label saidNone = new Label();
    private final SpeakersViewModel model;
    private final Subscriptions bindings = new Subscriptions();

    public SpeakersView(SpeakersViewModel model) {
        this.model = model;
        this.editor = new SpeakerEditor(model::edit, list::requestFocus);
        root.getStyleClass().add("sm-speakers");
        root.setPadding(new Insets(10, 10, 0, 10));

        ToggleGroup scope = new ToggleGroup();
        ToggleButton article = new ToggleButton("This article");
        ToggleButton project = new ToggleButton("All speakers");
        article.setId("speakersOfArticle");
        project.setId("speakersOfProject");
        article.setToggleGroup(scope);
        project.setToggleGroup(scope);
        article.getStyleClass().add("left-pill");
        project.getStyleClass().add("right-pill");
        article.setSelected(true);
        article.setMinWidth(Region.USE_PREF_SIZE);
        project.setMinWidth(Region.USE_PREF_SIZE);
        scope.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two stays chosen
            } else {
                model.wholeProjectProperty().set(now == project);
            }
        });
        TextField filter = new TextField();
        filter.setId("speakerFilter");
        filter.setPromptText("Filter");
        filter.setPrefColumnCount(6);
        filter.textProperty().bindBidirectional(model.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox top = new HBox(0, article, project);
        HBox heading = new HBox(8, top, filter);

        list.setId("speakerList");
        list.setItems(model.rows());
        list.setCellFactory(v -> new SpeakerCell());
        Label none = new Label();
        none.setId("speakersNone");
        // with words in the filter, the list is empty because nothing matches them, not because none were marked
        none.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String words = model.filterProperty().get() == null ? "" : model.filterProperty().get().strip();
            return words.isEmpty() ? "No speakers here yet. Mark a name with S, or type a statement's speaker in the "
                    + "inspector." : "No speaker here has a name or alias with “" + words + "”.";
        }, model.filterProperty()));
        none.setWrapText(true);
        none.setPadding(new Insets(12));
        list.setPlaceholder(none);
        VBox.setVgrow(list, Priority.ALWAYS);

        Button edit = new Button("Edit…");
        Button merge = new Button("Merge…");
        Button split = new Button("Split alias…");
        edit.setId("speakerEdit");
        merge.setId("speakerMerge");
        split.setId("speakerSplit");
        edit.setOnAction(e -> show(Pane.EDIT));
        merge.setOnAction(e -> show(Pane.MERGE));
        split.setOnAction(e -> show(Pane.SPLIT));
        // a narrow column puts the last button on a line of its own rather than cutting it to "…"
        actions = new FlowPane(6, 6, edit, merge, split);
        // always there, usable once a speaker is chosen: a row that appeared would shrink the list under the pointer
        actions.setDisable(true);

        mergeWith.setId("mergeWith");
        mergeWith.setItems(model.mergeable());
        mergeWith.setPromptText("Speaker to merge in");
        // the filter above narrows this list too: what it says when the filter leaves no one to merge in
        Label noOther = new Label("No other speaker matches the filter");
        noOther.getStyleClass().add("sm-placeholder");
        noOther.setWrapText(true);
        mergeWith.setPlaceholder(noOther);
        mergeWith.setCellFactory(v -> new TextCell<>(SpeakersView::nameAndCount));
        mergeWith.setButtonCell(new TextCell<>(SpeakersView::nameAndCount));
        mergeWith.setMaxWidth(Double.MAX_VALUE);
        Button mergeNow = new Button("Merge");
        mergeNow.setId("mergeConfirm");
        mergeNow.getStyleClass().add("accent");
        mergeNow.disableProperty().bind(mergeWith.valueProperty().isNull());
        mergeNow.setOnAction(e -> {
            model.mergeIntoChosen(mergeWith.getValue().speaker());
            show(null);
        });
        // the list takes the whole width of its own line, so that its prompt is read whole in a narrow column
        mergeForm = form(mergeCaption, mergeWith, mergeNow);
        alias.setId("splitAlias");
        alias.setPromptText("Alias to split off");
        alias.setMaxWidth(Double.MAX_VALUE);
        Button splitNow = new Button("Split off");
        splitNow.setId("splitConfirm");
        splitNow.getStyleClass().add("accent");
        splitNow.disableProperty().bind(alias.valueProperty().isNull());
        splitNow.setOnAction(e -> {
            model.splitAlias(alias.getValue());
            show(null);
        });
        splitForm = form(splitCaption, alias, splitNow);

        saidHeading.getStyleClass().add("sm-caption");
        said.setId("whoSaidWhat");
        said.setShowRoot(false);
        said.setCellFactory(v -> new SaidCell());
        VBox.setVgrow(said, Priority.ALWAYS);
        said.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now.getValue() instanceof StatementInArticle statement) {
                model.open(statement);
            }
        });
        VBox speakersPart = new VBox(6, heading, list, actions, mergeForm, splitForm, editor.node());
        // the edit form under the list takes the room of most of it: the list keeps two rows, and when even
        // that does not fit the part scrolls, rather than the form being drawn over the list or cut off
        list.setMinHeight(80);
        speakersScroll.setContent(speakersPart);
        speakersScroll.setFitToWidth(true);
        speakersScroll.setFitToHeight(true);
        speakersScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        speakersScroll.getStyleClass().add("edge-to-edge");
        saidNone.setId("whoSaidWhatNone");
        saidNone.getStyleClass().add("sm-placeholder");
        saidNone.setWrapText(true);
        saidNone.setPadding(new Insets(12));
        saidNone.setMouseTransparent(true);
        saidNone.setVisible(false);
        javafx.scene.layout.StackPane saidArea = new javafx.scene.layout.StackPane(said, saidNone);
        javafx.scene.layout.StackPane.setAlignment(saidNone, javafx.geometry.Pos.TOP_LEFT);
        VBox.setVgrow(saidArea, Priority.ALWAYS);
        VBox saidPart = new VBox(4, saidHeading, saidArea);
        saidPart.setPadding(new Insets(6, 0, 0, 0));
        // the list and who said what share the height; the analyst moves the divider
        javafx.scene.control.SplitPane parts = new javafx.scene.control.SplitPane(speakersScroll, saidPart);
        parts.setOrientation(javafx.geometry.Orientation.VERTICAL);
        parts.setDividerPositions(0.6);
        parts.getStyleClass().add("sm-speakers-split");
        VBox.setVgrow(parts, Priority.ALWAYS);
        root.getChildren().add(parts);
    }

    /**
     * A form under the list: what it will do, the list to choose from, the button that does it and Cancel. Esc
     * gives it up (an open list closes first), as in the edit form.
     */
    private VBox form(Label caption, ComboBox<?> choice, Button confirm) {
        caption.getStyleClass().add("sm-caption");
        caption.setWrapText(true);
        // its lines are kept whole when the part is short of height: the part scrolls instead
        caption.setMinHeight(Region.USE_PREF_SIZE);
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> show(null));
        VBox form = new VBox(4, caption, choice, new HBox(6, whole(confirm), whole(cancel)));
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !choice.isShowing()) {
                boolean hadFocus = KeyboardFocus.isWithin(form);
                show(null);
                if (hadFocus) {
                    list.requestFocus();
                }
                e.consume();
            }
        });
        form.managedProperty().bind(form.visibleProperty());
        form.setVisible(false);
        return form;
    }

    /** A button that keeps its whole text when the row is narrow. */
    private static Button whole(Button button) {
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    public void activate() {
        bindings.listen(list.getSelectionModel().selectedItemProperty(), (obs, old, now) -> {
            if (now != null) {
                model.choose(now);
            }
        });
        bindings.listen(model.chosenProperty(), (obs, old, now) -> chosen(now));
        bindings.listen(model.said(), (ListChangeListener<ArticleStatements>) c -> showSaid());
        bindings.listen(model.saidOfProperty(), (obs, old, now) -> showNoneSaid());
        // a change, an undo or another article: the counts and the article's speakers may differ; read while the
        // tab is shown, and when it is shown again
        bindings.listen(model.open().annotations(), (ListChangeListener<Object>) c -> {
            if (root.isVisible()) {
                model.reload();
            }
        });
        bindings.listen(root.visibleProperty(), (obs, old, now) -> {
            if (now) {
                model.reload();
            }
        });
        model.reload();
        chosen(model.chosenProperty().get());
        showSaid();
    }

    public void deactivate() {
        bindings.dispose();
    }

    private void chosen(SpeakerOverview speaker) {
        actions.setDisable(speaker == null);
        if (speaker == null) {
            show(null);
        } else if (list.getSelectionModel().getSelectedItem() == null
                || list.getSelectionModel().getSelectedItem().speaker().id() != speaker.speaker().id()) {
            list.getItems().stream().filter(o -> o.speaker().id() == speaker.speaker().id()).findFirst()
                    .ifPresent(list.getSelectionModel()::select);
        }
        saidHeading.setText(speaker == null ? "Who said what: choose a speaker" : "Who said what: "
                + speaker.speaker().name());
        if (speaker != null) {
            list.scrollTo(list.getSelectionModel().getSelectedIndex());
        }
        alias.getItems().setAll(speaker == null ? java.util.List.of() : speaker.speaker().aliases());
        captions(speaker);
    }

    private void show(Pane pane) {
        SpeakerOverview speaker = model.chosenProperty().get();
        captions(speaker);
        mergeForm.setVisible(pane == Pane.MERGE);
        splitForm.setVisible(pane == Pane.SPLIT);
        model.formOpenProperty().set(pane != null);
        mergeWith.setValue(null);
        alias.setValue(null);
        if (pane == Pane.EDIT && speaker != null) {
            editor.edit(speaker.speaker());
        } else {
            editor.hide();
        }
        if (pane == Pane.MERGE) {
            mergeWith.requestFocus();
        } else if (pane == Pane.SPLIT) {
            alias.requestFocus();
        }
        if (pane != null) {
            // each form is the part's last rows: brought into view whole, its buttons included
            javafx.application.Platform.runLater(() -> {
                speakersScroll.applyCss();
                speakersScroll.layout();
                speakersScroll.setVvalue(speakersScroll.getVmax());
            });
        }
    }

    /** The forms say whom they act on: the speaker chosen in the list, who may change while a form is open. */
    private void captions(SpeakerOverview speaker) {
        String name = speaker == null ? "" : speaker.speaker().name();
        mergeCaption.setText("Merge another speaker into " + name + ", who keeps the name:");
        splitCaption.setText("Split an alias off " + name + " as a speaker of its own:");
    }

    private void showSaid() {
        TreeItem<Object> top = said.getRoot();
        top.getChildren().clear();
        for (ArticleStatements group : model.said()) {
            TreeItem<Object> article = new TreeItem<>(group);
            article.setExpanded(true);
            group.statements().forEach(s -> article.getChildren().add(new TreeItem<>(s)));
            top.getChildren().add(article);
        }
        showNoneSaid();
    }

    /**
     * A speaker stays when their statements are deleted or given to another (their name and aliases are kept for
     * what is marked next): the empty tree says so rather than look unread.
     */
    private void showNoneSaid() {
        io.sourcemark.model.Speaker speaker = model.saidOfProperty().getValue();
        saidNone.setVisible(speaker != null && said.getRoot().getChildren().isEmpty());
        if (speaker != null) {
            saidNone.setText("Nothing in the project is attributed to " + speaker.name() + " now. Give a "
                    + "statement this speaker in the inspector, or merge " + speaker.name() + " into another "
                    + "speaker.");
        }
    }

    public Region node() {
        return root;
    }

    private enum Pane { EDIT, MERGE, SPLIT }

    private static String nameAndCount(SpeakerOverview speaker) {
        return speaker.speaker().name() + " (" + speaker.statements() + ")";
    }
}
