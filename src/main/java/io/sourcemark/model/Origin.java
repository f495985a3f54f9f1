package io.sourcemark.model;

/** Where an annotation came from, and whether the analyst has reviewed it. */
public enum Origin {
    /** Suggested by the analysis engine, not reviewed yet. */
    DETECTED,
    /** A suggestion the analyst accepted. */
    CONFIRMED,
    /** Made by the analyst. */
    MANUAL,
    /** A suggestion the analyst dismissed; kept so that detecting again does not bring it back. */
    REJECTED;

    public boolean isVisible() {
        return this != REJECTED;
    }
}
