package io.sourcemark.model;

/** How a piece of evidence bears on a statement. */
public enum Stance {
    SUPPORTS,
    REFUTES,
    CONTEXT
}
