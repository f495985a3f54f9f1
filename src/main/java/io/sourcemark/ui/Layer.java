package io.sourcemark.ui;

import io.sourcemark.model.Kind;

/** One highlight layer of the article view: the annotations of one kind, with the style class that draws them. */
public enum Layer {
    SPEAKERS(Kind.SPEAKER, "Speakers", "sm-speaker"),
    DIRECT_QUOTES(Kind.DIRECT_QUOTE, "Direct quotes", "sm-direct-quote"),
    INDIRECT_QUOTES(Kind.INDIRECT_QUOTE, "Indirect quotes", "sm-indirect-quote"),
    CLAIMS(Kind.CLAIM, "Claims", "sm-claim"),
    TAGS(Kind.TAG, "Tags", "sm-tag");

    /** Added to every character of the selected annotation. */
    public static final String SELECTED = "sm-selected";
    /** Suffix of a layer's style class for detected suggestions that the analyst has not reviewed. */
    public static final String SUGGESTED_SUFFIX = "-suggested";

    private final Kind kind;
    private final String label;
    private final String styleClass;

    Layer(Kind kind, String label, String styleClass) {
        this.kind = kind;
        this.label = label;
        this.styleClass = styleClass;
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

    /** The class of confirmed and manual highlights of this layer. */
    public String styleClass() {
        return styleClass;
    }

    public String suggestedStyleClass() {
        return styleClass + SUGGESTED_SUFFIX;
    }
}
