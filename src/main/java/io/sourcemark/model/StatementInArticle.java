package io.sourcemark.model;

/**
 * A statement or speaker mention with the article it stands in, as lists across the library show it (who said what,
 * the other end of a link, a search for a statement to link to).
 *
 * @param verdict the statement's verdict; null for a speaker mention
 * @param speakerId the statement's speaker, or null
 */
public record StatementInArticle(long annotationId, long articleId, String articleTitle, Kind kind, Origin origin,
                                 TextRange range, String exact, Verdict verdict, Long speakerId) {
}
