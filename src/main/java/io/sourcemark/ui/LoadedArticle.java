package io.sourcemark.ui;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.service.ArticleService;

import java.util.List;
import java.util.Map;

/** An article read from the project with what the reader draws on it, ready to be shown on the FX thread. */
public record LoadedArticle(Article article, List<Annotation> annotations, Map<Long, String> speakerNames) {

    /** Reads the article; call it off the FX thread. */
    public static LoadedArticle load(ArticleService articles, long articleId) {
        Article found = articles.article(articleId)
                .orElseThrow(() -> new IllegalArgumentException("This article is no longer in the project."));
        return new LoadedArticle(found, articles.visibleAnnotations(articleId), articles.speakerNames());
    }
}
