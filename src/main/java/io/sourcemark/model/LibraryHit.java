package io.sourcemark.model;

/**
 * One search result as the window and the command line show it.
 *
 * @param articleId    the article to open (0: a speaker no article names)
 * @param articleTitle its title ("" for none)
 * @param annotationId the statement or mention to select, or 0
 * @param what         what matched, in the analyst's words: "article", "direct quote", "speaker", "note on a claim"
 * @param snippet      the matching passage, matched words between {@link #MATCH_START} and {@link #MATCH_END}
 * @param range        where in the article's body, or null (the words are in its title or a note)
 */
public record LibraryHit(long articleId, String articleTitle, long annotationId, String what, String snippet,
                         TextRange range) {

    /** Marks where a matched word starts in a snippet; a control character, never in an article body. */
    public static final char MATCH_START = '\u0002';
    /** Marks where a matched word ends in a snippet. */
    public static final char MATCH_END = '\u0003';

    /** The snippet without its match marks. */
    public String plainSnippet() {
        return snippet.replace(String.valueOf(MATCH_START), "").replace(String.valueOf(MATCH_END), "");
    }
}
