package io.sourcemark.ui.library;

import io.sourcemark.model.ArticleSummary;

import java.util.function.Predicate;

/**
 * Which articles the library shows by how far their checking has come: an analyst working through a library wants
 * the articles with statements still to check, an editor the ones that are done.
 */
public enum LibraryProgress {
    ALL("All articles", "No articles.", a -> true),
    TO_CHECK("Statements to check", "No article has statements left to check.",
            a -> a.checkedCount() < a.statementCount()),
    CHECKED("Fully checked", "No article is fully checked yet.",
            a -> a.statementCount() > 0 && a.checkedCount() == a.statementCount()),
    NO_STATEMENTS("No statements yet", "Every article has statements.", a -> a.statementCount() == 0);

    private final String label;
    private final String whenNone;
    private final Predicate<ArticleSummary> shows;

    LibraryProgress(String label, String whenNone, Predicate<ArticleSummary> shows) {
        this.label = label;
        this.whenNone = whenNone;
        this.shows = shows;
    }

    /** What the library says when no article is of this progress. */
    public String emptyMessage() {
        return whenNone;
    }

    public Predicate<ArticleSummary> predicate() {
        return shows;
    }

    @Override
    public String toString() {
        return label;
    }
}
