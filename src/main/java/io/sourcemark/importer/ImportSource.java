package io.sourcemark.importer;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * What an import starts from: the bytes of a file or of a fetched page, with what is known about them. The media type
 * is sniffed from the bytes (and the name), never taken from the extension alone.
 *
 * @param bytes     the content, not copied: the caller must not change it afterwards
 * @param fileName  the file's name (for messages, the fallback title and the format's extension)
 * @param mediaType the media type sniffed from the bytes, such as {@code text/html}; a fetched page's type may carry
 *                  the server's {@code charset} parameter
 * @param url       the address the bytes were fetched from, or null for a file
 * @param fetchedAt when they were fetched, or null for a file
 */
public record ImportSource(byte[] bytes, String fileName, String mediaType, URI url, Instant fetchedAt) {

    public ImportSource {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
    }

    /** A file's bytes, with their media type sniffed. */
    public static ImportSource of(byte[] bytes, String fileName) {
        return new ImportSource(bytes, fileName, FormatDetector.sniff(bytes, fileName, null), null, null);
    }

    /** The media type without its parameters ("text/html"). */
    public String baseType() {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip();
    }
}
