package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Tag;

import java.util.List;
import java.util.Map;

/**
 * An article with what the reader draws on it: its highlights (rejected suggestions left out, in reading order) and
 * the names of their speakers, by speaker id, and the tags of those that carry some, by annotation id.
 */
public record ArticleContent(Article article, List<Annotation> annotations, Map<Long, String> speakerNames,
                             Map<Long, List<Tag>> tags) {

    public ArticleContent {
        annotations = List.copyOf(annotations);
        speakerNames = Map.copyOf(speakerNames);
        tags = Map.copyOf(tags);
    }

    public ArticleContent(Article article, List<Annotation> annotations, Map<Long, String> speakerNames) {
        this(article, annotations, speakerNames, Map.of());
    }
}
