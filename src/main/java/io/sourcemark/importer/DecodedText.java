package io.sourcemark.importer;

/**
 * Text decoded from bytes.
 *
 * @param text     the characters, byte order mark removed
 * @param encoding the encoding they were decoded from ("UTF-8", "windows-1252")
 */
record DecodedText(String text, String encoding) {
}
