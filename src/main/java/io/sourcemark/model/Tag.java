package io.sourcemark.model;

/**
 * A code of the project's codebook.
 *
 * @param uid      the stable identity used by exports, imports and merges; null until stored
 * @param color    a CSS colour ("#3b82f6")
 * @param parentId the parent tag, or null for a top-level tag
 * @param shortcut a single key that applies the tag, or null
 */
public record Tag(long id, String uid, String name, String color, Long parentId, String shortcut) {
}
