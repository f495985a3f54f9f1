package io.sourcemark.store;

/**
 * One match of a full-text search: an article (by its title or body) or one of its statements (by its text or note).
 *
 * @param annotationId the matching statement, or null when the article itself matched
 * @param snippet      the matching passage, the matched words between {@link #MATCH_START} and {@link #MATCH_END}
 */
public record SearchHit(long articleId, Long annotationId, String snippet) {

    /** Marks where a matched word starts in a snippet; a control character, never in an article body. */
    public static final char MATCH_START = '\u0002';
    /** Marks where a matched word ends in a snippet. */
    public static final char MATCH_END = '\u0003';

    public boolean isStatement() {
        return annotationId != null;
    }
}
