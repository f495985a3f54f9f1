package io.sourcemark.ui;

import io.sourcemark.model.ArticleSummary;

/** The library list as other features update it: one row after a change of one article, or all of it. */
public interface LibraryRows {

    /** Shows the article's row as it now is (its counts changed); call on the FX thread. */
    void showRow(ArticleSummary row);

    /** Reads the whole list again (articles were added or removed). */
    void reload();

    /** Whether the article has a row in the list now (false for one deleted, or left out by the filter). */
    boolean lists(long articleId);
}
