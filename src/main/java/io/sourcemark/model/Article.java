package io.sourcemark.model;

import java.time.Instant;

/**
 * An imported article. The body is normalised at import and never changes afterwards.
 *
 * @param contentHash SHA-256 of the normalised body, in hex: the same body imported twice is one article
 */
public record Article(long id, ArticleMeta meta, String body, String contentHash, Instant importedAt) {
}
