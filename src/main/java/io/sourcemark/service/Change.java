package io.sourcemark.service;

/**
 * What an undo or redo touched, so that a view can show it again.
 *
 * @param articleId    the article whose annotations changed
 * @param annotationId the annotation as it now stands in the project, or 0 when it no longer exists
 * @param label        what was undone or redone, in the analyst's words ("Delete direct quote")
 */
public record Change(long articleId, long annotationId, String label) {
}
