package io.sourcemark.ui.export;

/** Which articles an export takes. */
public enum ExportScope {
    /** The article open in the reader. */
    THIS_ARTICLE,
    /** The articles the library lists now (all of them, or those its filter leaves). */
    LISTED,
    /** Every article of the project. */
    LIBRARY
}
