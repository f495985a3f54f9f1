package io.sourcemark.store;

import io.sourcemark.model.Article;
import io.sourcemark.model.ArticleMeta;
import io.sourcemark.model.ArticleSummary;

import java.util.List;
import java.util.Optional;

/** Signatures only: the real store replaces this file. */
public final class ArticleRepository {

    public Article insert(ArticleMeta meta, String body, String contentHash) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public Optional<Article> find(long id) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public List<ArticleSummary> list() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public int count() {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
