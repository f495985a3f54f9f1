package io.sourcemark.importer;

import java.util.Set;

/** Turns the bytes of one file of a given format into an article. One implementation per format. */
public interface ArticleImporter {

    /** A short name of the format for messages ("plain text"). */
    String formatName();

    /** File name extensions (lower case, no dot) of this format, used to pick files when a folder is imported. */
    Set<String> extensions();

    /**
     * Whether these bytes look like this format. Decided on the content, so a file with a wrong or missing extension
     * still finds its importer.
     */
    boolean accepts(byte[] content, String fileName);

    /** Reads the article; refuses content it cannot use with an {@link ImportException}. */
    ImportedArticle read(byte[] content, String fileName) throws ImportException;
}
