package io.sourcemark.service;

/** Which end of a highlight moves when its range is adjusted. */
public enum SpanEdge {
    START,
    END
}
