package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.TextRange;
import io.sourcemark.store.Repositories;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * What an analyst does to the highlights of an article: mark, delete, change the kind, accept or reject a
 * suggestion. Every call is one change: one transaction, one step of the undo history, named as Edit ▸ Undo shows it.
 */
public final class AnnotationService {

    private final Project project;

    public AnnotationService(Project project) {
        this.project = project;
    }

    /**
     * Marks {@code range} of the article as {@code kind}, made by the analyst. Spaces and line breaks at either end
     * of the range are left out.
     *
     * @throws IllegalArgumentException when the range is empty, outside the body, or already marked as this kind
     */
    public Annotation annotate(long articleId, Kind kind, TextRange range) {
        return project.change("Mark " + KindNames.of(kind), tx -> {
            Article article = tx.articles().find(articleId)
                    .orElseThrow(() -> new IllegalArgumentException("The article no longer exists in this project."));
            TextRange trimmed = trim(article.body(), range);
            boolean duplicate = tx.annotations().forArticle(articleId).stream()
                    .anyMatch(a -> a.kind() == kind && a.range().equals(trimmed) && a.origin().isVisible());
            if (duplicate) {
                throw new IllegalArgumentException("This text is already marked as " + KindNames.withArticle(kind)
                        + ".");
            }
            Annotation created = tx.annotations().insert(Annotation.of(articleId, kind, Origin.MANUAL, trimmed,
                    article.body()));
            tx.focus(articleId, created.id());
            return created;
        });
    }

    /** Removes the annotation with its evidence, links and tags (undo brings all of it back). */
    public void delete(long annotationId) {
        project.change("Delete highlight", tx -> {
            Annotation existing = existing(tx, annotationId);
            tx.label("Delete " + KindNames.of(existing.kind()));
            tx.annotations().delete(annotationId);
            tx.focus(existing.articleId(), 0);
            return null;
        });
    }

    /**
     * Makes the annotation a {@code kind}; a statement keeps its verification, a speaker or tag loses it. Changing
     * the kind of a suggestion reviews it: it becomes confirmed, and detecting again leaves it as the analyst made it.
     */
    public Annotation changeKind(long annotationId, Kind kind) {
        return change(annotationId, a -> {
            Annotation changed = a.withKind(kind);
            return a.origin() == Origin.DETECTED ? changed.withOrigin(Origin.CONFIRMED) : changed;
        }, "Change to " + KindNames.of(kind));
    }

    /**
     * Moves the highlight to {@code range} (spaces at either end left out); its exact text, prefix and suffix follow.
     *
     * @throws IllegalArgumentException when the range is empty, outside the body, or another highlight of the same
     *                                  kind already marks it
     */
    public Annotation adjustRange(long annotationId, TextRange range) {
        return project.change("Adjust range", tx -> adjusted(tx, existing(tx, annotationId), range));
    }

    /** Moves one edge of the highlight to the next or previous word boundary, from its range as stored now. */
    public Annotation adjustByWord(long annotationId, SpanEdge edge, boolean forward) {
        return project.change("Adjust range", tx -> {
            Annotation before = existing(tx, annotationId);
            String body = body(tx, before.articleId());
            return adjusted(tx, before, RangeAdjustment.byWord(body, before.range(), edge, forward));
        });
    }

    /**
     * Moving a suggestion's edges reviews it, as changing its kind does: it becomes confirmed, and detecting again
     * neither puts it back where the engine had it nor suggests that range beside it.
     */
    private static Annotation adjusted(Repositories tx, Annotation before, TextRange range) {
        Annotation moved = RangeAdjustment.apply(before, range, body(tx, before.articleId()));
        Annotation after = before.origin() == Origin.DETECTED && !moved.range().equals(before.range())
                ? moved.withOrigin(Origin.CONFIRMED) : moved;
        boolean taken = tx.annotations().forArticle(before.articleId()).stream().anyMatch(a -> a.id() != before.id()
                && a.kind() == before.kind() && a.range().equals(after.range()) && a.origin().isVisible());
        if (taken) {
            throw new IllegalArgumentException("Another " + KindNames.of(before.kind()) + " already marks these "
                    + "words.");
        }
        if (!after.equals(before)) {
            tx.annotations().update(after);
        }
        tx.focus(before.articleId(), before.id());
        return after;
    }

    private static String body(Repositories tx, long articleId) {
        return tx.articles().find(articleId)
                .orElseThrow(() -> new IllegalArgumentException("The article no longer exists in this project."))
                .body();
    }

    /** Accepts a detected suggestion: it stays, drawn as confirmed. */
    public Annotation accept(long annotationId) {
        return change(annotationId, a -> {
            requireSuggestion(a);
            return a.withOrigin(Origin.CONFIRMED);
        }, "Accept suggestion");
    }

    /**
     * Dismisses a detected suggestion: it is kept, so that detecting again does not bring it back, but not shown.
     * A suggestion that carries the analyst's work (from a project written before such work confirmed it) is
     * refused, so that no link or tag is left pointing at a hidden statement.
     */
    public Annotation reject(long annotationId) {
        return project.change("Reject suggestion", tx -> {
            Annotation before = existing(tx, annotationId);
            requireSuggestion(before);
            if (AnalystWork.carriedBy(tx, before)) {
                throw new IllegalArgumentException("This suggestion carries your work (a verdict, note, evidence, "
                        + "link or tag); accept it, or delete it with that work.");
            }
            Annotation after = before.withOrigin(Origin.REJECTED);
            tx.annotations().update(after);
            tx.focus(before.articleId(), annotationId);
            return after;
        });
    }

    /**
     * Accepts or rejects every suggestion of one kind in the article ({@code kind} null: of every kind), as one
     * change that one undo reverses. Rejecting passes over a suggestion that carries the analyst's work.
     *
     * @return how many suggestions were reviewed
     */
    public int reviewAll(long articleId, Kind kind, boolean accept) {
        Origin outcome = accept ? Origin.CONFIRMED : Origin.REJECTED;
        return project.change(accept ? "Accept suggestions" : "Reject suggestions", tx -> {
            int count = 0;
            for (Annotation before : tx.annotations().forArticle(articleId)) {
                if (before.origin() == Origin.DETECTED && (kind == null || before.kind() == kind)
                        && (accept || !AnalystWork.carriedBy(tx, before))) {
                    tx.annotations().update(before.withOrigin(outcome));
                    count++;
                }
            }
            tx.label((accept ? "Accept " : "Reject ") + count + (count == 1 ? " suggestion" : " suggestions"));
            tx.focus(articleId, 0);
            return count;
        });
    }

    private Annotation change(long annotationId, UnaryOperator<Annotation> how, String label) {
        return project.change(label, tx -> {
            Annotation before = existing(tx, annotationId);
            Annotation after = how.apply(before);
            if (!after.equals(before)) {
                tx.annotations().update(after);
            }
            tx.focus(before.articleId(), annotationId);
            return after;
        });
    }

    static Annotation existing(Repositories tx, long annotationId) {
        return tx.annotations().find(annotationId)
                .orElseThrow(() -> new IllegalArgumentException("This highlight no longer exists in the project."));
    }

    private static void requireSuggestion(Annotation annotation) {
        if (annotation.origin() != Origin.DETECTED) {
            throw new IllegalArgumentException("Only a detected suggestion can be accepted or rejected; this one is "
                    + annotation.origin().name().toLowerCase(Locale.ROOT) + ".");
        }
    }

    static TextRange trim(String body, TextRange range) {
        if (range.end() > body.length()) {
            throw new IllegalArgumentException("The selection is outside the article's text.");
        }
        int start = range.start();
        int end = range.end();
        while (start < end && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            throw new IllegalArgumentException("Select some words of the article first.");
        }
        return new TextRange(start, end);
    }
}
