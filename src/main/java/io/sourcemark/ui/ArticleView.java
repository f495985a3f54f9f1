package io.sourcemark.ui;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.ArticleMeta;
import io.sourcemark.model.Kind;
import io.sourcemark.model.TextRange;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

import java.util.StringJoiner;

/** The centre: the article's header, the legend, and its body with the highlight layers. */
final class ArticleView {

    private final WorkspaceViewModel model;
    private final DisplaySettings display;
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Hyperlink url = new Hyperlink();
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final Subscriptions subscriptions;

    ArticleView(WorkspaceViewModel model, DisplaySettings display, WindowActions actions, LegendView legend,
                Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
        this.model = model;
        this.display = display;
        title.setId("articleTitle");
        title.getStyleClass().addAll("title-2", "sm-article-title");
        title.setWrapText(true);
        meta.setId("articleMeta");
        meta.getStyleClass().add("sm-article-meta");
        meta.setWrapText(true);
        url.setId("articleUrl");
        url.getStyleClass().add("sm-article-url");
        url.setOnAction(e -> actions.showDocument(url.getText()));
        url.managedProperty().bind(url.visibleProperty());

        area.setId("articleBody");
        area.getStyleClass().add("sm-article");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPadding(new Insets(12, 24, 24, 24));
        area.setContextMenu(contextMenu());

        VBox header = new VBox(4, title, meta, url, legend.node());
        header.getStyleClass().add("sm-article-header");
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setTop(header);
        root.setCenter(scroll);
        bind();
    }

    private void bind() {
        model.articleProperty().addListener((obs, old, now) -> show(now));
        model.annotations().addListener((ListChangeListener<Annotation>) c -> restyle());
        model.selectedProperty().addListener((obs, old, now) -> restyle());
        model.revealRequestProperty().addListener((obs, old, now) -> reveal(now));
        for (Layer layer : Layer.values()) {
            model.layers().property(layer).addListener((obs, old, now) -> restyle());
        }
        area.selectionProperty().addListener((obs, old, now) -> model.textSelectionProperty()
                .set(now.getLength() == 0 ? null : new TextRange(now.getStart(), now.getEnd())));
        // Keys pressed in the text area never reach the menu accelerators, so the area reads them first.
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            for (Kind kind : MainMenus.ANNOTATION_KINDS) {
                if (Shortcuts.annotate(kind).match(e)) {
                    e.consume();
                    model.annotateSelection(kind);
                    return;
                }
            }
            if (SuggestionKeys.handle(e, model)) {
                e.consume();
            }
        });
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && area.getSelection().getLength() == 0) {
                area.hit(e.getX(), e.getY()).getCharacterIndex().ifPresent(model::selectAt);
            }
        });
        subscriptions.listen(display.zoomProperty(), (obs, old, now) -> zoom(old.intValue(), now.intValue()));
        zoom(DisplaySettings.DEFAULT_ZOOM, display.zoomProperty().get());
        show(model.articleProperty().get());
    }

    private void show(Article article) {
        if (article == null) {
            title.setText("No article open");
            meta.setText("Choose an article in the library, or import one with File ▸ Import files…");
            url.setVisible(false);
            area.replaceText("");
            return;
        }
        ArticleMeta m = article.meta();
        title.setText(m.title());
        meta.setText(describe(m));
        url.setText(m.url() == null ? "" : m.url());
        url.setVisible(m.url() != null && !m.url().isBlank());
        area.replaceText(article.body());
        area.moveTo(0);
        area.showParagraphAtTop(0);
        restyle();
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

    private void restyle() {
        Article article = model.articleProperty().get();
        if (article == null || area.getLength() != article.body().length()) {
            return;
        }
        Annotation selected = model.selectedProperty().get();
        area.setStyleSpans(0, HighlightStyles.compute(area.getLength(), model.annotations(), model.layers().visible(),
                selected == null ? -1 : selected.id()));
    }

    /** Scrolls a highlight picked in the list into view when it is off screen. */
    private void reveal(Annotation annotation) {
        if (annotation == null || annotation.range().end() > area.getLength()) {
            return;
        }
        int paragraph = area.offsetToPosition(annotation.range().start(),
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
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

    private void zoom(int oldPercent, int newPercent) {
        area.getStyleClass().remove(DisplaySettings.zoomStyleClass(oldPercent));
        area.getStyleClass().add(DisplaySettings.zoomStyleClass(newPercent));
    }

    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        for (Kind kind : MainMenus.ANNOTATION_KINDS) {
            // The keys are shown in the Annotate menu; accelerators here would be a second, unguarded binding.
            MenuItem item = new MenuItem("Mark as " + Names.of(kind) + "   ("
                    + Shortcuts.annotate(kind).getDisplayText() + ")");
            item.setGraphic(Icons.forKind(kind));
            item.setOnAction(e -> model.annotateSelection(kind));
            menu.getItems().add(item);
        }
        MenuItem delete = new MenuItem("Delete highlight");
        delete.setOnAction(e -> model.deleteSelected());
        delete.disableProperty().bind(model.selectedProperty().isNull());
        menu.getItems().addAll(new SeparatorMenuItem(), delete);
        return menu;
    }

    StyleClassedTextArea area() {
        return area;
    }

    BorderPane node() {
        return root;
    }
}
