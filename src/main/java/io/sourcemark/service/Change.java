package io.sourcemark.service;

/**
 * What an undo or redo replayed, so that a view can show it again.
 *
 * @param articleId    the article the change was made in, or 0 when it spans several (detection, import)
 * @param annotationId the annotation to select, or 0 for none (it may no longer exist)
 * @param label        what was undone or redone, in the analyst's words ("Delete direct quote")
 */
public record Change(long articleId, long annotationId, String label) {
}
