package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.TextRange;
import io.sourcemark.store.ProjectStore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * What an analyst does to the highlights of an article: mark, delete, change the kind, accept or reject a
 * suggestion. Every change is one transaction, recorded in the {@link UndoHistory}.
 *
 * <p>Re-inserting a deleted annotation (undo of a delete) gives it a new id; edits share one {@link Handle} per
 * annotation, so that older steps of the history still reach the row after its id changed.
 */
public final class AnnotationService {

    private final ProjectStore store;
    private final UndoHistory history;
    private final Map<Long, Handle> handles = new ConcurrentHashMap<>();

    public AnnotationService(Project project, UndoHistory history) {
        this.store = project.store();
        this.history = history;
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
        history.record(new Created(handle(created.id()), created));
        return created;
    }

    /** Removes the annotation for good (undo brings it back). */
    public void delete(long annotationId) {
        Annotation removed = store.inTransaction(() -> {
            Annotation existing = existing(annotationId);
            store.annotations().delete(annotationId);
            return existing;
        });
        Handle handle = handle(annotationId);
        handles.remove(annotationId);
        history.record(new Deleted(handle, removed));
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
            history.record(new Batch(articleId, label, changed.stream()
                    .map(pair -> (UndoHistory.Edit) new Changed(handle(pair[0].id()), pair[0], pair[1], label))
                    .toList()));
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
            history.record(new Changed(handle(annotationId), beforeAfter[0], beforeAfter[1], label));
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

    private Handle handle(long id) {
        return handles.computeIfAbsent(id, Handle::new);
    }

    private Annotation reinsert(Handle handle, Annotation annotation) {
        Annotation stored = store.inTransaction(() -> store.annotations().insert(annotation.withId(0)));
        handle.id = stored.id();
        handles.put(stored.id(), handle);
        return stored;
    }

    private void remove(Handle handle) {
        store.inTransaction(() -> store.annotations().delete(handle.id));
        handles.remove(handle.id);
    }

    /** The current id of one annotation, the same object for every edit that names it. */
    private static final class Handle {
        private volatile long id;

        Handle(long id) {
            this.id = id;
        }
    }

    private final class Created implements UndoHistory.Edit {
        private final Handle handle;
        private final Annotation annotation;

        Created(Handle handle, Annotation annotation) {
            this.handle = handle;
            this.annotation = annotation;
        }

        @Override
        public String label() {
            return "Mark " + describe(annotation.kind());
        }

        @Override
        public Change undo() {
            remove(handle);
            return new Change(annotation.articleId(), 0, label());
        }

        @Override
        public Change redo() {
            return new Change(annotation.articleId(), reinsert(handle, annotation).id(), label());
        }
    }

    private final class Deleted implements UndoHistory.Edit {
        private final Handle handle;
        private final Annotation annotation;

        Deleted(Handle handle, Annotation annotation) {
            this.handle = handle;
            this.annotation = annotation;
        }

        @Override
        public String label() {
            return "Delete " + describe(annotation.kind());
        }

        @Override
        public Change undo() {
            return new Change(annotation.articleId(), reinsert(handle, annotation).id(), label());
        }

        @Override
        public Change redo() {
            remove(handle);
            return new Change(annotation.articleId(), 0, label());
        }
    }

    private final class Changed implements UndoHistory.Edit {
        private final Handle handle;
        private final Annotation before;
        private final Annotation after;
        private final String label;

        Changed(Handle handle, Annotation before, Annotation after, String label) {
            this.handle = handle;
            this.before = before;
            this.after = after;
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public Change undo() {
            return apply(before, after);
        }

        @Override
        public Change redo() {
            return apply(after, before);
        }

        /**
         * Detecting again deletes unreviewed suggestions and may give their ids to other ones: the row must still
         * be the highlight this step left, else the step would overwrite another one.
         */
        private Change apply(Annotation state, Annotation expected) {
            Annotation current = state.withId(handle.id);
            store.inTransaction(() -> {
                boolean same = store.annotations().find(handle.id)
                        .filter(row -> row.articleId() == expected.articleId() && row.kind() == expected.kind()
                                && row.origin() == expected.origin() && row.range().equals(expected.range()))
                        .isPresent();
                if (!same) {
                    throw new UndoHistory.Gone("detecting again replaced the suggestion it changed.");
                }
                store.annotations().update(current);
            });
            return new Change(current.articleId(), current.id(), label);
        }
    }

    /** Several edits made and reversed together, in one transaction. */
    private final class Batch implements UndoHistory.Edit {
        private final long articleId;
        private final String label;
        private final List<UndoHistory.Edit> edits;

        Batch(long articleId, String label, List<UndoHistory.Edit> edits) {
            this.articleId = articleId;
            this.label = label;
            this.edits = edits;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public Change undo() {
            List<UndoHistory.Edit> backwards = new ArrayList<>(edits);
            Collections.reverse(backwards);
            store.inTransaction(() -> applyEach(backwards, UndoHistory.Edit::undo));
            return new Change(articleId, 0, label);
        }

        @Override
        public Change redo() {
            store.inTransaction(() -> applyEach(edits, UndoHistory.Edit::redo));
            return new Change(articleId, 0, label);
        }

        /** Suggestions that detecting again replaced are left out; the step is gone only when all of them are. */
        private void applyEach(List<UndoHistory.Edit> order, Consumer<UndoHistory.Edit> how) {
            int applied = 0;
            UndoHistory.Gone gone = null;
            for (UndoHistory.Edit edit : order) {
                try {
                    how.accept(edit);
                    applied++;
                } catch (UndoHistory.Gone e) {
                    gone = e;
                }
            }
            if (applied == 0 && gone != null) {
                throw gone;
            }
        }
    }
}
