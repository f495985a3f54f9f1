package io.sourcemark.ui.inspector;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import javafx.scene.layout.Region;

/** The analyst's note on the selected highlight, or on the open article when no highlight is selected. */
final class NoteSection {

    private final NoteEditor<Annotation> highlight;
    private final NoteEditor<Article> article;

    NoteSection(InspectorViewModel model) {
        highlight = new NoteEditor<>("noteText", "Note", "A note on this highlight, for you and your colleagues",
                (annotation, text) -> model.checking().setNote(annotation, text));
        article = new NoteEditor<>("articleNoteText", "Article note", "A note on the whole article",
                (shown, text) -> model.checking().setArticleNote(shown.id(), text));
        article.node().managedProperty().bind(article.node().visibleProperty());
    }

    void show(Annotation annotation, Article open) {
        highlight.show(annotation, annotation == null ? 0 : annotation.id(),
                annotation == null ? null : annotation.note());
        article.show(open, open == null ? 0 : open.id(), open == null ? null : open.note());
        article.node().setVisible(open != null && annotation == null);
    }

    /** Saves what is being typed in either note. */
    void commit() {
        highlight.commit();
        article.commit();
    }

    Region highlightNode() {
        return highlight.node();
    }

    Region articleNode() {
        return article.node();
    }
}
