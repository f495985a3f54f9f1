package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.TextRange;
import io.sourcemark.store.ProjectStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * What an analyst does to the highlights of an article: mark, delete, change the kind, accept or reject a
 * suggestion. Every change is one transaction, recorded in the {@link UndoHistory}.

 */
public final class AnnotationService {

    private final ProjectStore store;
    private final UndoHistory history;
    private final AnnotationSteps steps;

    public AnnotationService(Project project, UndoHistory history) {
        this.store = project.store();
        this.history = history;
        this.steps = new AnnotationSteps(store);
    }

    /**
     * Marks {@code range} of the article as {@code kind}, made by the analyst. Spaces and line breaks at either end
     * of the range are left out.
     *
     * @throws IllegalArgumentException when the range is empty, outside the body, or already marked as this kind
     */
    public Annotation annotate(long articleId, Kind kind, TextRange range) {
        Annotation created = store.inTransaction(() -> {
            Article article = store.articles().find(articleId)
                    .orElseThrow(() -> new IllegalArgumentException("The article no longer exists in this project."));
            TextRange trimmed = trim(article.body(), range);
            boolean duplicate = store.annotations().forArticle(articleId).stream()
                    .anyMatch(a -> a.kind() == kind && a.range().equals(trimmed) && a.origin().isVisible());
            if (duplicate) {
                throw new IllegalArgumentException("This text is already marked as " + describe(kind) + ".");
            }
            return store.annotations().insert(Annotation.of(articleId, kind, Origin.MANUAL, trimmed, article.body()));
        });
        history.record(steps.created(created));
        return created;
    }

    /** Removes the annotation for good (undo brings it back). */
    public void delete(long annotationId) {
        Annotation removed = store.inTransaction(() -> {
            Annotation existing = existing(annotationId);
            store.annotations().delete(annotationId);
            return existing;
        });
        history.record(steps.deleted(removed));
    }

    /** Makes the annotation a {@code kind}; a statement keeps its verification, a speaker or tag loses it. */
    public Annotation changeKind(long annotationId, Kind kind) {
        return change(annotationId, a -> a.withKind(kind), "Change to " + describe(kind));
    }

    /** Accepts a detected suggestion: it stays, drawn as confirmed. */
    public Annotation accept(long annotationId) {
        return change(annotationId, a -> {
            requireSuggestion(a);
            return a.withOrigin(Origin.CONFIRMED);
        }, "Accept suggestion");
    }

    /** Dismisses a detected suggestion: it is kept, so that detecting again does not bring it back, but not shown. */
    public Annotation reject(long annotationId) {
        return change(annotationId, a -> {
            requireSuggestion(a);
            return a.withOrigin(Origin.REJECTED);
        }, "Reject suggestion");
    }

    /**
     * Accepts or rejects every suggestion of one kind in the article ({@code kind} null: of every kind), as one
     * change that one undo reverses.
     *
     * @return how many suggestions were reviewed
     */
    public int reviewAll(long articleId, Kind kind, boolean accept) {
        Origin outcome = accept ? Origin.CONFIRMED : Origin.REJECTED;
        List<Annotation[]> changed = store.inTransaction(() -> {
            List<Annotation[]> pairs = new ArrayList<>();
            for (Annotation before : store.annotations().forArticle(articleId)) {
                if (before.origin() == Origin.DETECTED && (kind == null || before.kind() == kind)) {
                    Annotation after = before.withOrigin(outcome);
                    store.annotations().update(after);
                    pairs.add(new Annotation[] {before, after});
                }
            }
            return pairs;
        });
        if (!changed.isEmpty()) {
            String label = (accept ? "Accept " : "Reject ") + changed.size()
                    + (changed.size() == 1 ? " suggestion" : " suggestions");
            history.record(steps.batch(articleId, label, changed));
        }
        return changed.size();
    }

    private Annotation change(long annotationId, UnaryOperator<Annotation> how, String label) {
        Annotation[] beforeAfter = store.inTransaction(() -> {
            Annotation before = existing(annotationId);
            Annotation after = how.apply(before);
            if (!after.equals(before)) {
                store.annotations().update(after);
            }
            return new Annotation[] {before, after};
        });
        if (!beforeAfter[1].equals(beforeAfter[0])) {
            history.record(steps.changed(beforeAfter[0], beforeAfter[1], label));
        }
        return beforeAfter[1];
    }

    /**
     * Refuses to act on a highlight the analyst saw when its row has since become another one: detecting again
     * deletes unreviewed suggestions and may give their ids to new ones.
     */
    public void requireCurrent(Annotation seen) {
        boolean same = store.annotations().find(seen.id()).filter(row -> row.articleId() == seen.articleId()
                && row.kind() == seen.kind() && row.range().equals(seen.range())).isPresent();
        if (!same) {
            throw new IllegalArgumentException("Detecting again replaced this suggestion; select it again.");
        }
    }

    private Annotation existing(long annotationId) {
        return store.annotations().find(annotationId)
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

    static String describe(Kind kind) {
        return switch (kind) {
            case SPEAKER -> "a speaker";
            case DIRECT_QUOTE -> "a direct quote";
            case INDIRECT_QUOTE -> "an indirect quote";
            case CLAIM -> "a claim";
            case TAG -> "a tag";
        };
    }
}
