package io.sourcemark.importer;

import java.util.Set;

/** Reads one format. The registry picks the importer that fits the bytes best and applies the shared checks. */
interface ArticleImporter {

    /** A short name of the format for messages ("plain text", "PDF"). */
    String formatName();

    /** File name extensions (lower case, no dot) of this format, used to pick files when a folder is imported. */
    Set<String> extensions();

    /**
     * Whether the format is binary: a file named as this format whose bytes are not is refused, never read as text
     * (a damaged or half-downloaded PDF must not become an article of garbage).
     */
    boolean binary();

    /**
     * How well the source fits this format, decided on its bytes and sniffed media type: 0 not at all, 1 readable as
     * such (any text is plain text), 2 the name says so and the bytes agree, 3 the bytes prove it.
     */
    int fit(ImportSource source);

    /** Reads the article; refuses content it cannot use with an {@link ImportException}. */
    ArticleDraft read(ImportSource source) throws ImportException;
}
