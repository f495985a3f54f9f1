package io.sourcemark.importer;

/**
 * What an import accepts at most, so that hostile or mistaken input is refused early instead of filling the memory.
 *
 * @param maxBytes       the largest file or fetched page, in bytes; at most this many plus one are ever read
 * @param maxCharacters  the longest article text, in characters
 * @param maxUnbrokenRun the longest run of characters without a space or line break (no language writes such runs;
 *                       the window splits long paragraphs at spaces, so long paragraphs of words are fine)
 */
public record ImportLimits(long maxBytes, int maxCharacters, int maxUnbrokenRun) {

    /** 50 MB files (PDFs carry images), 20 million characters of text, runs of 100,000 characters. */
    public static ImportLimits standard() {
        return new ImportLimits(50L * 1024 * 1024, 20_000_000, 100_000);
    }
}
