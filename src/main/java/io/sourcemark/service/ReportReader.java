package io.sourcemark.service;

import io.sourcemark.export.LinkedStatement;
import io.sourcemark.export.ReportModel;
import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Evidence;
import io.sourcemark.model.Link;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.Tag;
import io.sourcemark.store.Repositories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@link ReportModel}s inside one read transaction, so that every article of an export comes from the same
 * state of the project. The project-wide speakers and tags are read once for the whole export.
 */
final class ReportReader {

    private final Repositories tx;
    private final Instant readAt;
    private final Map<Long, Speaker> speakers = new HashMap<>();
    private final Map<Long, Tag> codebook = new HashMap<>();
    private final Map<Long, Article> otherArticles = new HashMap<>();

    ReportReader(Repositories tx, Instant readAt) {
        this.tx = tx;
        this.readAt = readAt;
        tx.speakers().list().forEach(s -> speakers.put(s.id(), s));
        tx.tags().list().forEach(t -> codebook.put(t.id(), t));
    }

    Optional<ReportModel> read(long articleId) {
        Optional<Article> found = tx.articles().find(articleId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Annotation> annotations = tx.annotations().forArticle(articleId);
        Map<Long, List<Tag>> tags = tx.tags().forArticle(articleId);
        Map<Long, List<Evidence>> evidence = new HashMap<>();
        for (Evidence e : tx.evidence().forArticle(articleId)) {
            evidence.computeIfAbsent(e.annotationId(), id -> new ArrayList<>()).add(e);
        }
        List<Link> links = tx.links().forArticle(articleId);
        Set<Long> here = new HashSet<>();
        Map<Long, Speaker> named = new HashMap<>();
        for (Annotation a : annotations) {
            here.add(a.id());
            if (a.speakerId() != null && speakers.containsKey(a.speakerId())) {
                named.put(a.speakerId(), speakers.get(a.speakerId()));
            }
        }
        Map<Long, LinkedStatement> elsewhere = new HashMap<>();
        for (Link link : links) {
            for (long end : new long[] {link.fromAnnotationId(), link.toAnnotationId()}) {
                if (!here.contains(end) && !elsewhere.containsKey(end)) {
                    linked(end).ifPresent(statement -> elsewhere.put(end, statement));
                }
            }
        }
        Map<Long, Tag> used = new HashMap<>();
        tags.values().forEach(list -> list.forEach(t -> withParents(t, used)));
        return Optional.of(new ReportModel(found.get(), annotations, named, tags, evidence, links, elsewhere, used,
                readAt));
    }

    private Optional<LinkedStatement> linked(long annotationId) {
        return tx.annotations().find(annotationId).map(a -> {
            Article article = otherArticles.computeIfAbsent(a.articleId(), id -> tx.articles().find(id).orElse(null));
            return new LinkedStatement(a.uid(), a.kind(), a.exact(), article == null ? null : article.uid(),
                    article == null ? null : article.meta().title());
        });
    }

    private void withParents(Tag tag, Map<Long, Tag> used) {
        for (Tag t = tag; t != null && used.putIfAbsent(t.id(), t) == null;
             t = t.parentId() == null ? null : codebook.get(t.parentId())) {
            // climbs to the top-level tag; a tag met twice ends the climb, so a cycle of parents cannot loop
        }
    }
}
