package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;

import java.util.List;
import java.util.Map;

/**
 * An article with what the reader draws on it: its highlights (rejected suggestions left out, in reading order) and
 * the names of their speakers, by speaker id.
 */
public record ArticleContent(Article article, List<Annotation> annotations, Map<Long, String> speakerNames) {

    public ArticleContent {
        annotations = List.copyOf(annotations);
        speakerNames = Map.copyOf(speakerNames);
    }
}
