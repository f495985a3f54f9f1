package io.sourcemark.model;

/** The type of a link between two annotations. */
public enum Relation {
    SAID_BY,
    SUPPORTS,
    CONTRADICTS,
    REPEATS,
    RESPONDS_TO,
    CITES,
    SAME_CLAIM
}
