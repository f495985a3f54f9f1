package io.sourcemark.ui.reader;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.ArticleMeta;
import io.sourcemark.model.Kind;
import io.sourcemark.model.TextRange;
import io.sourcemark.ui.DisplaySettings;
import io.sourcemark.ui.Icons;
import io.sourcemark.ui.Keymap;
import io.sourcemark.ui.Keys;
import io.sourcemark.ui.Names;
import io.sourcemark.ui.Subscriptions;
import io.sourcemark.ui.WindowActions;
import javafx.collections.ListChangeListener;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

import java.util.List;
import java.util.StringJoiner;

/** The centre: the article's header, the legend, and its body with the highlight layers. */
public final class ArticleView {

    private final ReaderViewModel model;
    private final DisplaySettings display;
    private final Keymap keymap;
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Hyperlink url = new Hyperlink();
    private final ArticleArea area = new ArticleArea();
    private final Tooltip hover = new Tooltip();
    private final LegendView legend;
    private final Subscriptions bindings = new Subscriptions();
    private long shownId;

    public ArticleView(ReaderViewModel model, DisplaySettings display, Keymap keymap, WindowActions actions) {
        this.model = model;
        this.display = display;
        this.keymap = keymap;
        this.legend = new LegendView(model.layers(), display);
        title.setId("articleTitle");
        title.getStyleClass().addAll("title-2", "sm-article-title");
        title.setWrapText(true);
        // three lines at most, so that a long title in a narrow window leaves room for the article; the tooltip
        // and the Details say it whole
        title.maxHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.ceil(title.getFont().getSize() * 1.4 * 3), title.fontProperty()));
        meta.setId("articleMeta");
        meta.getStyleClass().add("sm-article-meta");
        meta.setWrapText(true);
        url.setId("articleUrl");
        url.getStyleClass().add("sm-article-url");
        url.setOnAction(e -> actions.showDocument(url.getText()));
        url.managedProperty().bind(url.visibleProperty());

        area.setId("articleBody");
        area.getStyleClass().add("sm-article");
        area.setPadding(new Insets(12, 24, 24, 24));
        area.setContextMenu(contextMenu());
        area.setMouseOverTextDelay(java.time.Duration.ofMillis(350));
        hover.setId("highlightTooltip");
        hover.setShowDelay(Duration.ZERO);

        VBox header = new VBox(4, title, meta, url, legend.node());
        header.getStyleClass().add("sm-article-header");
        VirtualizedScrollPane<ArticleArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setTop(header);
        root.setCenter(scroll);
        // Keys pressed in the text area never reach the menus' accelerators, so the area reads them first.
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // with no highlight selected, Shift+← → extend the text selection as in any text
            boolean spanKey = Keys.SPAN_END_FORWARD.match(e) || Keys.SPAN_END_BACK.match(e);
            if (!spanKey || model.selection().annotation() != null) {
                keymap.dispatch(e);
            }
        });
        // Alt+Shift+← → move the selected highlight's start; the area would take them for moving the caret
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            for (KeyCombination key : List.of(Keys.SPAN_START_BACK, Keys.SPAN_START_FORWARD)) {
                if (key.match(e)) {
                    e.consume();
                    keymap.commandOf(key).ifPresent(c -> c.action().run());
                }
            }
        });
        // The article is read-only, yet the area's behaviour takes Tab for typing: let Tab and Shift+Tab pass on to the
        // scene, which moves the focus to the next or previous control as everywhere else in the window.
        Nodes.addInputMap(area, InputMap.sequence(
                InputMap.ignore(EventPattern.keyPressed(KeyCode.TAB)),
                InputMap.ignore(EventPattern.keyPressed(KeyCode.TAB, KeyCombination.SHIFT_DOWN))));
        WordSnapping.install(area, this::body);
        EdgeDragging.install(area, model, this::body);
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && area.getSelection().getLength() == 0) {
                area.hit(e.getX(), e.getY()).getCharacterIndex().ifPresent(model::selectAt);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> showHover(e.getCharacterIndex(),
                e.getScreenPosition()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());
    }

    public void activate() {
        legend.activate();
        bindings.listen(model.selection().articleProperty(), (obs, old, now) -> show(now));
        bindings.listen(model.open().annotations(), (ListChangeListener<Annotation>) c -> restyle());
        bindings.listen(model.selection().annotationProperty(), (obs, old, now) -> {
            restyle();
            reveal(now);
        });
        bindings.listen(model.selection().revealedProperty(), (obs, old, now) -> reveal(model.selection()
                .annotation()));
        for (Layer layer : Layer.values()) {
            bindings.listen(model.layers().property(layer), (obs, old, now) -> restyle());
        }
        bindings.listen(display.darkProperty(), (obs, old, now) -> {
            keepReadingPlace();
            restyle();
        });
        bindings.listen(model.found().ranges(), (ListChangeListener<TextRange>) c -> restyle());
        bindings.listen(model.found().currentProperty(), (obs, old, now) -> restyle());
        bindings.listen(model.found().revealedProperty(), (obs, old, now) -> selectFound(model.found()
                .selectedProperty().get()));
        bindings.bindBidirectional(model.layers().claimThresholdProperty(), display.claimThresholdProperty());
        bindings.listen(model.layers().claimThresholdProperty(), (obs, old, now) -> restyle());
        bindings.listen(area.selectionProperty(), (obs, old, now) -> model.textSelectionProperty()
                .set(now.getLength() == 0 ? null : new TextRange(now.getStart(), now.getEnd())));
        bindings.listen(model.deselectRequestsProperty(), (obs, old, now) -> area.deselect());
        bindings.listen(model.pickingProperty(), (obs, old, now) -> area.setCursor(now ? javafx.scene.Cursor.CROSSHAIR
                : null));
        bindings.listen(display.zoomProperty(), (obs, old, now) -> zoom(old.intValue(), now.intValue()));
        zoom(DisplaySettings.DEFAULT_ZOOM, display.zoomProperty().get());
        show(model.selection().article());
    }

    public void deactivate() {
        bindings.dispose();
        legend.deactivate();
    }

    private void show(Article article) {
        if (article == null) {
            shownId = 0;
            title.setText("No article open");
            title.setTooltip(null);
            meta.setText("Choose an article in the library, or import one with File ▸ Import files…");
            url.setVisible(false);
            area.show("");
            return;
        }
        ArticleMeta m = article.meta();
        title.setText(m.title());
        title.setTooltip(new javafx.scene.control.Tooltip(m.title()));
        meta.setText(describe(m));
        url.setText(m.url() == null ? "" : m.url());
        url.setVisible(m.url() != null && !m.url().isBlank());
        if (article.id() == shownId && area.getLength() == article.body().length()) {
            return; // the same article with new details or a new note: the text stays where the analyst reads
        }
        shownId = article.id();
        area.show(article.body());
        area.moveTo(0);
        area.showParagraphAtTop(0);
        restyle();
    }

    private String body() {
        return model.selection().article() == null ? null : model.selection().article().body();
    }

    private static String describe(ArticleMeta m) {
        StringJoiner line = new StringJoiner("  ·  ");
        for (String part : new String[] {m.source(), m.date(), m.dateline(), m.agency()}) {
            if (part != null && !part.isBlank() && !line.toString().contains(part)) {
                line.add(part);
            }
        }
        return line.length() == 0 ? "Source and date unknown" : line.toString();
    }

    /**
     * The other theme restyles the whole window, and the area's layout starts again from its top: the paragraph at
     * the top of the view is put back where it was drawn, to the pixel, once the new styles are laid out.
     */
    private void keepReadingPlace() {
        ArticleArea.ReadingPlace place = area.readingPlace();
        if (place != null) {
            Platform.runLater(() -> area.returnTo(place));
        }
    }

    private void restyle() {
        Article article = model.selection().article();
        if (article == null || area.getLength() != article.body().length()
                || model.open().articleId() != article.id()) {
            return; // the highlights of the article about to be shown have not arrived yet
        }
        Annotation selected = model.selection().annotation();
        // a claim under the threshold chosen in the list is drawn while it is chosen: hidden, it could not be found
        List<Annotation> drawn = model.open().annotations().stream().filter(a -> !model.layers().belowThreshold(a)
                || selected != null && a.id() == selected.id()).toList();
        var highlights = HighlightStyles.compute(area.getLength(), drawn,
                model.open().tags(), model.layers().visible(), selected == null ? -1 : selected.id(),
                HighlightPalette.of(display.darkProperty().get()));
        boolean foundHere = model.found().articleId() == article.id();
        area.restyle(FoundStyles.overlay(highlights, area.getLength(),
                foundHere ? List.copyOf(model.found().ranges()) : List.of(), model.found().currentProperty().get(),
                display.darkProperty().get()));
    }

    /** Selects the text a search found and scrolls it into view. */
    private void selectFound(TextRange range) {
        if (range == null || range.end() > area.getLength()) {
            return;
        }
        area.selectRange(range.start(), range.end());
        if (inView(range)) {
            return; // moving the text under the reader's eyes would lose their place for nothing
        }
        area.requestFollowCaret();
        int paragraph = area.offsetToPosition(range.start(), TwoDimensional.Bias.Forward).getMajor();
        area.showParagraphAtCenter(paragraph);
    }

    /** Whether all of {@code range} is drawn inside the article's viewport, none of it cut at an edge. */
    private boolean inView(TextRange range) {
        Bounds viewport = area.localToScreen(area.getLayoutBounds());
        if (viewport == null) {
            return false; // not in a shown window
        }
        try {
            return area.getCharacterBoundsOnScreen(range.start(), range.end())
                    .map(b -> b.getMinY() >= viewport.getMinY() && b.getMaxY() <= viewport.getMaxY())
                    .orElse(false);
        } catch (IllegalStateException | IndexOutOfBoundsException e) {
            return false; // its paragraph is not laid out
        }
    }

    /** The text selected in the article (for tests: what a search selected). */
    public TextRange selectedText() {
        return new TextRange(area.getSelection().getStart(), area.getSelection().getEnd());
    }

    /** Scrolls a highlight picked elsewhere (the list, a search) into view when it is off screen. */
    private void reveal(Annotation annotation) {
        if (annotation == null || annotation.range().end() > area.getLength()) {
            return;
        }
        int paragraph = area.offsetToPosition(annotation.range().start(), TwoDimensional.Bias.Forward).getMajor();
        boolean onScreen;
        try {
            onScreen = paragraph >= area.firstVisibleParToAllParIndex()
                    && paragraph <= area.lastVisibleParToAllParIndex();
        } catch (IllegalStateException | IndexOutOfBoundsException e) {
            onScreen = false; // no paragraph laid out yet
        }
        if (!onScreen) {
            area.showParagraphAtCenter(paragraph);
        }
    }

    private void showHover(int offset, Point2D at) {
        model.describeAt(offset).ifPresent(text -> {
            hover.setText(text);
            hover.show(area, at.getX() + 12, at.getY() + 16);
        });
    }

    private void zoom(int oldPercent, int newPercent) {
        area.getStyleClass().remove(DisplaySettings.zoomStyleClass(oldPercent));
        area.getStyleClass().add(DisplaySettings.zoomStyleClass(newPercent));
    }

    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        for (Kind kind : Names.MARKED_KINDS) {
            // The keys are shown here as in the Annotate menu; accelerators here would be a second binding.
            MenuItem item = new MenuItem("Mark as " + Names.of(kind) + "   (" + Keys.annotate(kind).getDisplayText()
                    + ")");
            item.setGraphic(Icons.forKind(kind));
            item.setOnAction(e -> model.annotateSelection(kind));
            menu.getItems().add(item);
        }
        MenuItem delete = new MenuItem("Delete highlight   (" + Keys.DELETE.getDisplayText() + ")");
        delete.setOnAction(e -> keymap.commandOf(Keys.DELETE).ifPresent(c -> c.action().run()));
        delete.disableProperty().bind(model.selection().annotationProperty().isNull());
        menu.getItems().addAll(new SeparatorMenuItem(), delete);
        return menu;
    }

    /** Puts the keyboard in the article, so that Q, I, C, S work at once. */
    public void focus() {
        if (area.getScene() != null) {
            area.requestFocus();
            return;
        }
        // a split pane puts its items in the scene at its first layout: until then the area cannot take the keys
        area.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                                javafx.scene.Scene old, javafx.scene.Scene now) {
                if (now != null) {
                    area.sceneProperty().removeListener(this);
                    area.requestFocus();
                }
            }
        });
    }

    public BorderPane node() {
        return root;
    }
}
