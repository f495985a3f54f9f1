package io.sourcemark.service;

import io.sourcemark.model.LinkEnd;
import io.sourcemark.model.Relation;

/** Relations in the analyst's words, read from either end of the link. */
public final class RelationNames {

    private RelationNames() {
    }

    /** From the statement the link starts at: "supports", "said by". */
    public static String of(Relation relation) {
        return switch (relation) {
            case SAID_BY -> "said by";
            case SUPPORTS -> "supports";
            case CONTRADICTS -> "contradicts";
            case REPEATS -> "repeats";
            case RESPONDS_TO -> "responds to";
            case CITES -> "cites";
            case SAME_CLAIM -> "same claim as";
        };
    }

    /** From the other end: "supported by", "says". */
    public static String inverse(Relation relation) {
        return switch (relation) {
            case SAID_BY -> "says";
            case SUPPORTS -> "supported by";
            case CONTRADICTS -> "contradicted by";
            case REPEATS -> "repeated by";
            case RESPONDS_TO -> "answered by";
            case CITES -> "cited by";
            case SAME_CLAIM -> "same claim as";
        };
    }

    /** The relation as {@code end} reads it: "supports" from the start, "supported by" from the end. */
    public static String seenFrom(LinkEnd end) {
        return end.outgoing() ? of(end.link().relation()) : inverse(end.link().relation());
    }
}
