package io.sourcemark.ui.reader;

import io.sourcemark.model.Kind;

/** One highlight layer of the article view: the annotations of one kind, shown or hidden together. */
public enum Layer {
    SPEAKERS(Kind.SPEAKER, "Speakers"),
    DIRECT_QUOTES(Kind.DIRECT_QUOTE, "Direct quotes"),
    INDIRECT_QUOTES(Kind.INDIRECT_QUOTE, "Indirect quotes"),
    CLAIMS(Kind.CLAIM, "Claims"),
    TAGS(Kind.TAG, "Tags");

    private final Kind kind;
    private final String label;

    Layer(Kind kind, String label) {
        this.kind = kind;
        this.label = label;
    }

    public static Layer of(Kind kind) {
        for (Layer layer : values()) {
            if (layer.kind == kind) {
                return layer;
            }
        }
        throw new IllegalArgumentException("No layer for " + kind);
    }

    public Kind kind() {
        return kind;
    }

    public String label() {
        return label;
    }
}
