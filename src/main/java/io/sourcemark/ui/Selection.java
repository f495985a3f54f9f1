package io.sourcemark.ui;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the analyst has in focus: the open article and the annotation selected in it. Shared by every feature of the
 * window (library, reader, statements, inspector, menus) instead of their calling each other.
 */
public final class Selection {

    private final ObjectProperty<Article> article = new SimpleObjectProperty<>();
    private final ObjectProperty<Annotation> annotation = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper revealed = new ReadOnlyIntegerWrapper();

    public ObjectProperty<Article> articleProperty() {
        return article;
    }

    public ObjectProperty<Annotation> annotationProperty() {
        return annotation;
    }

    public Article article() {
        return article.get();
    }

    public Annotation annotation() {
        return annotation.get();
    }

    /** The open article's id, or 0 when none is open. */
    public long articleId() {
        Article open = article.get();
        return open == null ? 0 : open.id();
    }

    public void select(Annotation selected) {
        annotation.set(selected);
    }

    public void clear() {
        annotation.set(null);
    }

    /** Selects the annotation and asks the article to bring it into view, also when it was selected already. */
    public void reveal(Annotation shown) {
        annotation.set(shown);
        revealed.set(revealed.get() + 1);
    }

    /** Raised by every {@link #reveal}. */
    public ReadOnlyIntegerProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }
}
