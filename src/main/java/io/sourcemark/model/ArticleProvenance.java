package io.sourcemark.model;

import java.time.Instant;

/**
 * Where an article came from, as its import found it; kept beside the article with the original bytes.
 *
 * @param cameFrom   the file as the analyst gave it, the address asked for, or "the clipboard"
 * @param format     the format it was read as ("web page", "PDF", "plain text")
 * @param mediaType  the media type sniffed from the bytes ("text/html; charset=utf-8")
 * @param encoding   the character encoding its text was decoded from, or null for formats that carry their own
 * @param url        the address the bytes were fetched from (after redirects), or null when not fetched
 * @param fetchedAt  when they were fetched, or null when not fetched
 * @param author     the author or authors as the source names them, or null
 * @param sha256     SHA-256 of the original bytes in lower-case hex
 * @param size       how many bytes the original holds
 */
public record ArticleProvenance(String cameFrom, String format, String mediaType, String encoding, String url,
                                Instant fetchedAt, String author, String sha256, long size) {
}
