package io.sourcemark.model;

import java.time.Instant;

/**
 * An imported article. The body is normalised at import and never changes afterwards.
 *
 * @param uid         the stable identity used by exports, imports and merges
 * @param contentHash SHA-256 of the normalised body, in hex: the same body imported twice is one article
 * @param note        the analyst's note on the whole article, or null
 */
public record Article(long id, String uid, ArticleMeta meta, String body, String contentHash, Instant importedAt,
                      String note) {
}
