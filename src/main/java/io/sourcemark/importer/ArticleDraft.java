package io.sourcemark.importer;

/**
 * What one importer read from a source, before the shared checks: every field but {@code body} may be null (the
 * title is then derived from the body or the file name).
 *
 * @param body     the article text, paragraphs separated by blank lines; normalised afterwards
 * @param encoding the character encoding the text was decoded from, or null
 */
record ArticleDraft(String title, String source, String date, String dateline, String agency, String url,
                    String license, String author, String encoding, String body) {

    /** A draft with only a body and the encoding it was decoded from. */
    static ArticleDraft ofBody(String body, String encoding) {
        return new ArticleDraft(null, null, null, null, null, null, null, null, encoding, body);
    }
}
