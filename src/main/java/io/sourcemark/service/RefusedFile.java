package io.sourcemark.service;

/**
 * An input that could not be imported.
 *
 * @param input   the file as given
 * @param message what is wrong with it, for the analyst
 */
public record RefusedFile(String input, String message) {
}
