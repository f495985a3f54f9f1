package io.sourcemark.importer;

import java.net.URI;
import java.time.Instant;

/**
 * Where an imported article came from, kept so that the project can store it beside the article (a fetched page's
 * HTML, for one, is what an analyst cites when the page changes or disappears).
 *
 * @param format    the importer's format name ("web page", "PDF")
 * @param mediaType the media type sniffed from the bytes
 * @param encoding  the character encoding the text was decoded from, or null for formats that carry their own
 * @param url       the address the bytes were fetched from, or null for a file
 * @param fetchedAt when they were fetched, or null for a file
 * @param author    the author or authors as the source names them, or null
 * @param original  the bytes as they were read or fetched, not copied
 */
public record Provenance(String format, String mediaType, String encoding, URI url, Instant fetchedAt, String author,
                         byte[] original) {
}
