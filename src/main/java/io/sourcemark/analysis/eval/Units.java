package io.sourcemark.analysis.eval;

/** Which units of the gold are scored: the quotation-mark pieces of quotes, or every attribution content. */
public enum Units {
    /** The quoted spans of direct and mixed attributions, each paired with its source. */
    DIRECT("direct"),
    /** Every attribution content: direct, mixed and indirect. */
    ALL("all");

    private final String label;

    Units(String label) {
        this.label = label;
    }

    /** The name used on the command line and in the report ("direct", "all"). */
    public String label() {
        return label;
    }
}
