package io.sourcemark.model;

/**
 * A typed edge between two annotations, possibly in different articles. {@code note} may be null; {@code uid} is
 * null until stored.
 */
public record Link(long id, String uid, long fromAnnotationId, long toAnnotationId, Relation relation, String note) {
}
