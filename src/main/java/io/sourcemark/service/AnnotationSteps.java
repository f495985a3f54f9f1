package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.store.ProjectStore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import static io.sourcemark.service.AnnotationService.describe;

/**
 * The undoable steps of {@link AnnotationService}. Re-inserting a deleted annotation (undo of a delete) gives it a
 * new id; steps share one {@link Handle} per annotation, so that older steps of the history still reach the row after
 * its id changed.
 */
final class AnnotationSteps {

    private final ProjectStore store;
    private final Map<Long, Handle> handles = new ConcurrentHashMap<>();

    AnnotationSteps(ProjectStore store) {
        this.store = store;
    }

    UndoHistory.Edit created(Annotation created) {
        return new Created(handle(created.id()), created);
    }

    UndoHistory.Edit deleted(Annotation removed) {
        Handle handle = handle(removed.id());
        handles.remove(removed.id());
        return new Deleted(handle, removed);
    }

    UndoHistory.Edit changed(Annotation before, Annotation after, String label) {
        return new Changed(handle(before.id()), before, after, label);
    }

    /** {@code pairs}: each annotation before and after, changed together as one step. */
    UndoHistory.Edit batch(long articleId, String label, List<Annotation[]> pairs) {
        return new Batch(articleId, label, pairs.stream()
                .map(pair -> (UndoHistory.Edit) new Changed(handle(pair[0].id()), pair[0], pair[1], label))
                .toList());
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
