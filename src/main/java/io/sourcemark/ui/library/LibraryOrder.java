package io.sourcemark.ui.library;

import io.sourcemark.model.ArticleSummary;

import java.util.Comparator;
import java.util.Locale;

/** The orders of the library list. Articles without the field sorted on (no date, no source) come last. */
public enum LibraryOrder {
    TITLE("Title", Comparator.comparing(ArticleSummary::title, new TitleOrder())),
    DATE("Newest first", Comparator.comparing(ArticleSummary::date,
            Comparator.nullsLast(Comparator.<String>reverseOrder()))),
    SOURCE("Source", Comparator.comparing(a -> a.source() == null ? null : a.source().toLowerCase(Locale.ROOT),
            Comparator.nullsLast(Comparator.<String>naturalOrder()))),
    PROGRESS("Least checked first", Comparator.comparingDouble(LibraryOrder::progress)
            .thenComparing(ArticleSummary::statementCount, Comparator.reverseOrder()));

    private final String label;
    private final Comparator<ArticleSummary> order;

    LibraryOrder(String label, Comparator<ArticleSummary> order) {
        this.label = label;
        // ties keep the title order, then the id: the list never shuffles rows that compare equal
        this.order = order.thenComparing(ArticleSummary::title, new TitleOrder())
                .thenComparingLong(ArticleSummary::id);
    }

    public Comparator<ArticleSummary> comparator() {
        return order;
    }

    /** The share of the article's statements that have a verdict; an article without statements counts as done. */
    static double progress(ArticleSummary a) {
        return a.statementCount() == 0 ? 1 : (double) a.checkedCount() / a.statementCount();
    }

    @Override
    public String toString() {
        return label;
    }
}
