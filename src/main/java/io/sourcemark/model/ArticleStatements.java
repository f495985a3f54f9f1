package io.sourcemark.model;

import java.util.List;

/** One article's share of a speaker's statements, in reading order: a group of the who-said-what list. */
public record ArticleStatements(long articleId, String title, List<StatementInArticle> statements) {

    public ArticleStatements {
        statements = List.copyOf(statements);
    }
}
