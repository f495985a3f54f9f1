package io.sourcemark.service;

import io.sourcemark.model.Link;
import io.sourcemark.model.StatementInArticle;

/**
 * A link as one of its ends sees it: whether it starts there ({@code outgoing}), and the statement or mention at the
 * other end, with its article.
 */
public record LinkEnd(Link link, boolean outgoing, StatementInArticle other) {

    /** "supports" from the start, "supported by" from the end. */
    public String relationWords() {
        return outgoing ? RelationNames.of(link.relation()) : RelationNames.inverse(link.relation());
    }
}
