package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Origin;
import io.sourcemark.model.Verification;
import io.sourcemark.store.Repositories;

/**
 * What the analyst has put on a highlight: a verdict, a note, evidence, a link or a tag. Putting any of it on a
 * suggestion reviews the suggestion, as changing its kind does: it becomes confirmed, so that rejecting the article's
 * suggestions or detecting again never hides or deletes the analyst's work with it.
 */
final class AnalystWork {

    private AnalystWork() {
    }

    /** Whether the highlight carries a verdict, note, evidence, link or tag. */
    static boolean carriedBy(Repositories tx, Annotation annotation) {
        boolean checked = annotation.verification() != null
                && !annotation.verification().equals(Verification.UNCHECKED);
        return checked || annotation.note() != null
                || !tx.evidence().forAnnotation(annotation.id()).isEmpty()
                || !tx.links().forAnnotation(annotation.id()).isEmpty()
                || !tx.tags().forAnnotation(annotation.id()).isEmpty();
    }

    /** The highlight, confirmed when it is a suggestion not yet reviewed. */
    static Annotation asReviewed(Annotation annotation) {
        return annotation.origin() == Origin.DETECTED ? annotation.withOrigin(Origin.CONFIRMED) : annotation;
    }

    /** Confirms the highlight in the project when it is a suggestion not yet reviewed. */
    static void review(Repositories tx, Annotation annotation) {
        if (annotation.origin() == Origin.DETECTED) {
            tx.annotations().update(asReviewed(annotation));
        }
    }
}
