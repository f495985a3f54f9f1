package io.sourcemark.store;

/** The order in which the writer takes waiting transactions: the analyst's actions before background work. */
public enum Priority {
    /** Something the analyst just did and waits to see saved. */
    ACTION,
    /** One unit of long work (an article imported or analysed): it may wait behind actions. */
    BACKGROUND
}
