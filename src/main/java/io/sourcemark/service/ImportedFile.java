package io.sourcemark.service;

/**
 * An input that became an article, or that turned out to be the same text as an article already in the project.
 *
 * @param input     the file as given (its path, or the name of a bundled sample)
 * @param articleId the article's id: the new one, or for a duplicate the one already there
 * @param title     that article's title
 */
public record ImportedFile(String input, long articleId, String title) {
}
