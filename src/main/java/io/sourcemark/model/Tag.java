package io.sourcemark.model;

/**
 * A code of the project's codebook.
 *
 * @param color    a CSS colour ("#3b82f6")
 * @param parentId the parent tag, or null for a top-level tag
 * @param shortcut a single key that applies the tag, or null
 */
public record Tag(long id, String name, String color, Long parentId, String shortcut) {
}
