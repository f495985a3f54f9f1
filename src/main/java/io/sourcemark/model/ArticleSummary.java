package io.sourcemark.model;

/**
 * One row of the library list: enough to show, filter and sort an article without loading its body.
 *
 * @param statementCount the quotes and claims not rejected
 * @param checkedCount   of those, the ones with a verdict (anything but not checked)
 */
public record ArticleSummary(long id, String title, String source, String date, int statementCount,
                             int checkedCount) {

    /** A row whose statements have no verdict yet. */
    public ArticleSummary(long id, String title, String source, String date, int statementCount) {
        this(id, title, source, date, statementCount, 0);
    }
}
