package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.Tag;
import io.sourcemark.model.TextRange;
import io.sourcemark.store.Repositories;

import java.util.List;
import java.util.Optional;

/**
 * Tagging: any highlight can carry tags of the codebook, and a span with no other kind becomes a tag span (an
 * annotation of kind TAG). Every call is one change, named as Edit ▸ Undo shows it.
 */
public final class TagService {

    private final Project project;

    public TagService(Project project) {
        this.project = project;
    }

    /** The tags of the highlight, ordered by name. */
    public List<Tag> tagsOf(long annotationId) {
        return project.read(tx -> tx.tags().forAnnotation(annotationId));
    }

    /** Tags the highlight; refused when it carries the tag already. */
    public void tag(long annotationId, long tagId) {
        project.change("Tag", tx -> set(tx, annotationId, tagId, Boolean.TRUE));
    }

    /** Takes the tag off the highlight; a tag span left without any tag keeps its place, to be tagged again. */
    public void untag(long annotationId, long tagId) {
        project.change("Remove tag", tx -> set(tx, annotationId, tagId, Boolean.FALSE));
    }

    /**
     * A tag's key on a highlight: tags it, or takes the tag off when it carries it already.
     *
     * @return whether the highlight carries the tag now
     */
    public boolean toggle(long annotationId, long tagId) {
        return project.change("Tag", tx -> set(tx, annotationId, tagId, null));
    }

    /** Puts the tag on ({@code on} true), takes it off (false) or turns it over (null); returns whether it is on. */
    private static boolean set(Repositories tx, long annotationId, long tagId, Boolean on) {
        Tag tag = CodebookService.existing(tx, tagId);
        Annotation target = AnnotationService.existing(tx, annotationId);
        boolean had = carries(tx, annotationId, tagId);
        if (on != null && on == had) {
            throw new IllegalArgumentException("This highlight " + (had ? "already carries" : "does not carry")
                    + " “" + tag.name() + "”.");
        }
        if (had) {
            tx.tags().unassign(annotationId, tagId);
        } else {
            tx.tags().assign(annotationId, tagId);
            AnalystWork.review(tx, target);
        }
        tx.label((had ? "Remove tag “" : "Tag as “") + tag.name() + "”");
        tx.focus(target.articleId(), annotationId);
        return !had;
    }

    /**
     * Marks {@code range} as a tag span carrying {@code tagId} (null: no tag yet, to be chosen next). A tag span of
     * the same words gets the tag instead of a second span.
     */
    public Annotation tagSpan(long articleId, TextRange range, Long tagId) {
        return project.change("Mark tag span", tx -> {
            Article article = tx.articles().find(articleId)
                    .orElseThrow(() -> new IllegalArgumentException("The article no longer exists in this project."));
            TextRange trimmed = AnnotationService.trim(article.body(), range);
            Optional<Tag> tag = tagId == null ? Optional.empty() : Optional.of(CodebookService.existing(tx, tagId));
            Optional<Annotation> same = tx.annotations().forArticle(articleId).stream()
                    .filter(a -> a.kind() == Kind.TAG && a.range().equals(trimmed) && a.origin().isVisible())
                    .findFirst();
            if (same.isPresent() && tag.isEmpty()) {
                throw new IllegalArgumentException("This text is already a tag span.");
            }
            Annotation span = same.orElseGet(() -> tx.annotations().insert(Annotation.of(articleId, Kind.TAG,
                    Origin.MANUAL, trimmed, article.body())));
            tag.ifPresent(t -> tx.tags().assign(span.id(), t.id()));
            tx.label(tag.map(t -> "Tag span as “" + t.name() + "”").orElse("Mark tag span"));
            tx.focus(articleId, span.id());
            return span;
        });
    }

    private static boolean carries(Repositories tx, long annotationId, long tagId) {
        return tx.tags().forAnnotation(annotationId).stream().anyMatch(t -> t.id() == tagId);
    }
}
