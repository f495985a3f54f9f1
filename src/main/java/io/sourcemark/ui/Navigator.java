package io.sourcemark.ui;

import io.sourcemark.model.Annotation;
import io.sourcemark.service.ArticleContent;
import io.sourcemark.service.ArticleService;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Opens articles: from the library, after an undo in another article, from a search hit. Only the latest request is
 * shown, so an article that takes longer to read never replaces one the analyst chose after it.
 */
public final class Navigator {

    private final Tasks tasks;
    private final ArticleService articles;
    private final Selection selection;
    private final OpenArticle open;
    private final StatusLine status;
    private final AtomicLong requests = new AtomicLong();

    public Navigator(Tasks tasks, ArticleService articles, Selection selection, OpenArticle open, StatusLine status) {
        this.tasks = tasks;
        this.articles = articles;
        this.selection = selection;
        this.open = open;
        this.status = status;
    }

    /** Shows the article with its highlights. */
    public void open(long articleId) {
        open(articleId, 0);
    }

    /** Shows the article and selects one of its annotations (0: none). */
    public void open(long articleId, long annotationId) {
        long request = requests.incrementAndGet();
        tasks.query(() -> articles.content(articleId).orElseThrow(
                () -> new IllegalArgumentException("This article is no longer in the project.")), content -> {
                    if (request == requests.get()) {
                        show(content);
                        open.current(annotationId).ifPresent(selection::select);
                    }
                }, status::failed);
    }

    /** Shows no article (the one open was deleted): an empty page, nothing selected; on the FX thread. */
    public void showNone() {
        requests.incrementAndGet();
        selection.clear();
        open.show(0, java.util.List.of(), java.util.Map.of());
        selection.articleProperty().set(null);
    }

    /** Shows an article already read from the project (on the FX thread). */
    public void show(ArticleContent content) {
        requests.incrementAndGet();
        selection.clear();
        // the highlights first: the article is then drawn once, with them
        open.show(content.article().id(), content.annotations(), content.speakerNames(), content.tags());
        selection.articleProperty().set(content.article());
    }

    /**
     * Shows the open article's highlights as they now stand, after work done elsewhere (detection); the selection
     * stays on the same highlight when it is still there.
     */
    public void refresh() {
        long articleId = selection.articleId();
        if (articleId == 0) {
            return;
        }
        long request = requests.get();
        tasks.query(() -> articles.content(articleId), content -> {
            if (request != requests.get() || content.isEmpty()) {
                return;
            }
            Annotation kept = selection.annotation();
            open.show(articleId, content.get().annotations(), content.get().speakerNames(), content.get().tags());
            selection.select(kept == null ? null : open.current(kept.id()).orElse(null));
        }, status::failed);
    }
}
