package io.sourcemark.ui;

/** Goes to a statement anywhere in the library: its article opened (unless open already) with it selected. */
public final class Jumps {

    private final Selection selection;
    private final OpenArticle open;
    private final Navigator navigator;

    public Jumps(Selection selection, OpenArticle open, Navigator navigator) {
        this.selection = selection;
        this.open = open;
        this.navigator = navigator;
    }

    public void to(long articleId, long annotationId) {
        if (articleId == selection.articleId()) {
            // the article stays where it is scrolled; the statement is brought into view
            open.current(annotationId).ifPresent(selection::reveal);
        } else {
            navigator.open(articleId, annotationId);
        }
    }
}
