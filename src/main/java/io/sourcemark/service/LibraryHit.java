package io.sourcemark.service;

import io.sourcemark.model.TextRange;
import io.sourcemark.store.SearchHit;

/**
 * One search result as the window and the command line show it.
 *
 * @param articleId    the article to open (0: a speaker no article names)
 * @param articleTitle its title ("" for none)
 * @param annotationId the statement or mention to select, or 0
 * @param what         what matched, in the analyst's words: "article", "direct quote", "speaker", "note on a claim"
 * @param snippet      the matching passage, matched words between {@link SearchHit#MATCH_START} and
 *                     {@link SearchHit#MATCH_END}
 * @param range        where in the article's body, or null (the words are in its title or a note)
 */
public record LibraryHit(long articleId, String articleTitle, long annotationId, String what, String snippet,
                         TextRange range) {

    /** The snippet without its match marks. */
    public String plainSnippet() {
        return snippet.replace(String.valueOf(SearchHit.MATCH_START), "")
                .replace(String.valueOf(SearchHit.MATCH_END), "");
    }
}
