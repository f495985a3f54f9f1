package io.sourcemark.model;

import java.time.LocalDate;

/** A source the analyst consulted to check a statement. {@code title}, {@code note} and {@code accessed} may be null. */
public record Evidence(long id, long annotationId, String url, String title, String note, Stance stance,
                       LocalDate accessed) {
}
