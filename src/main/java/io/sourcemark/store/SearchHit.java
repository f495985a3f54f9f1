package io.sourcemark.store;

import io.sourcemark.model.Kind;
import io.sourcemark.model.TextRange;

/**
 * One match of a full-text search: an article (by its title, body or note), one of its annotations (a statement by its
 * text or note, any other annotation by its note), or a speaker (by name, alias, role or affiliation).
 *
 * @param articleId     the article to open: the matching one, the statement's, or the one where the speaker is first
 *                      named (0 for a speaker no article names)
 * @param annotationId  the annotation to select: the matching one, or the speaker's first mention; null for none
 * @param speakerId     the matching speaker, or null
 * @param kind          the matching annotation's kind, or the kind of the speaker's first mention; null for an article
 * @param inNote        whether the words were found in a note
 * @param snippet       the matching passage, the matched words between {@link #MATCH_START} and {@link #MATCH_END}
 * @param range         where in the article's body: the annotation, or the first match in the body; null when the
 *                      words are in the title or a note only
 */
public record SearchHit(Source source, long articleId, Long annotationId, Long speakerId, Kind kind, boolean inNote,
                        String snippet, TextRange range) {

    /** Marks where a matched word starts in a snippet; a control character, never in an article body. */
    public static final char MATCH_START = io.sourcemark.model.LibraryHit.MATCH_START;
    /** Marks where a matched word ends in a snippet. */
    public static final char MATCH_END = io.sourcemark.model.LibraryHit.MATCH_END;

    /** What matched. */
    public enum Source { ARTICLE, ANNOTATION, SPEAKER }

    public boolean isStatement() {
        return source == Source.ANNOTATION;
    }

    /** The snippet without its match marks. */
    public String plainSnippet() {
        return snippet.replace(String.valueOf(MATCH_START), "").replace(String.valueOf(MATCH_END), "");
    }
}
