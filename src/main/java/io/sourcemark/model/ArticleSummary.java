package io.sourcemark.model;

/** One row of the library list: enough to show and filter an article without loading its body. */
public record ArticleSummary(long id, String title, String source, String date, int statementCount) {
}
