package io.sourcemark.model;

/** How far the check of a statement has gone. */
public enum ReviewStatus {
    TO_CHECK,
    IN_PROGRESS,
    DONE
}
