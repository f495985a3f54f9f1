package io.sourcemark.export;

import io.sourcemark.model.Tag;

/** A tag of the codebook as a file brings it: its parent by uid (null for a top-level tag); ids are 0. */
public record InterchangeTag(Tag tag, String parentUid) {
}
