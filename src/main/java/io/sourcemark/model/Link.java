package io.sourcemark.model;

/** A typed edge between two annotations, possibly in different articles. {@code note} may be null. */
public record Link(long id, long fromAnnotationId, long toAnnotationId, Relation relation, String note) {
}
