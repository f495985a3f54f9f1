package io.sourcemark.store;

/**
 * A step that undo or redo replayed.
 *
 * @param label        what the step did, in the analyst's words ("Accept suggestion")
 * @param articleId    the article to show it in, or null when it touched several or none
 * @param annotationId the annotation to select, or null
 */
public record Replayed(String label, Long articleId, Long annotationId) {
}
