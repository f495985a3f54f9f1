package io.sourcemark.store;

import io.sourcemark.model.Annotation;

import java.util.List;
import java.util.Optional;

/** Signatures only: the real store replaces this file. */
public final class AnnotationRepository {

    public Annotation insert(Annotation annotation) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public void update(Annotation annotation) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public Optional<Annotation> find(long id) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public List<Annotation> forArticle(long articleId) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public void delete(long id) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
