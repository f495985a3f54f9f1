package io.sourcemark.importer;

/**
 * One line of text on a PDF page.
 *
 * @param text           the line's characters, words separated by spaces
 * @param top            its distance from the top of the page, in points
 * @param startsParagraph whether the text extractor saw a paragraph start here (indent or vertical gap)
 */
record PdfLine(String text, float top, boolean startsParagraph) {
}
