package io.sourcemark.model;

import java.time.LocalDate;

/**
 * A source the analyst consulted to check a statement. {@code title}, {@code note} and {@code accessed} may be null;
 * {@code uid} is null until stored.
 */
public record Evidence(long id, String uid, long annotationId, String url, String title, String note, Stance stance,
                       LocalDate accessed) {
}
