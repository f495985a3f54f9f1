package io.sourcemark.model;

/**
 * A link as one of its ends sees it: whether it starts there ({@code outgoing}), and the statement or mention at the
 * other end, with its article.
 */
public record LinkEnd(Link link, boolean outgoing, StatementInArticle other) {
}
