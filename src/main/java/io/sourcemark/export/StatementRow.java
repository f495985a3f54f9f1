package io.sourcemark.export;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Evidence;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.Tag;

import java.util.List;

/**
 * A quote or claim as the reports list it, numbered in reading order: the marker in the text and the row share the
 * number.
 *
 * @param speaker  its speaker, or null
 * @param evidence empty when verdicts are left out of the export
 */
record StatementRow(int number, Annotation annotation, String text, Speaker speaker, List<Tag> tags,
                    List<Evidence> evidence, List<LinkRow> links) {
}
