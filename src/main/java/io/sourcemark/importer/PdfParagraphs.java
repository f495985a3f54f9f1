package io.sourcemark.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds the paragraphs of a PDF from its lines: lines of one paragraph are joined with a space, a word broken by
 * a hyphen at a line's end is mended ("impor-" + "tant"), and a paragraph cut by a page break is joined again when its
 * last line does not end a sentence.
 */
final class PdfParagraphs {

    private PdfParagraphs() {
    }

    static List<String> of(List<List<PdfLine>> pages) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (List<PdfLine> page : pages) {
            for (int i = 0; i < page.size(); i++) {
                PdfLine line = page.get(i);
                boolean continuesPage = i == 0 && current.length() > 0 && !endsSentence(current);
                if (line.startsParagraph() && !continuesPage && current.length() > 0) {
                    paragraphs.add(current.toString());
                    current.setLength(0);
                }
                append(current, line.text());
            }
        }
        if (current.length() > 0) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    private static void append(StringBuilder paragraph, String line) {
        int end = paragraph.length();
        if (end == 0) {
            paragraph.append(line);
            return;
        }
        char last = paragraph.charAt(end - 1);
        boolean hyphen = last == '-' || last == '\u00AD' || last == '\u2010';
        boolean afterLetter = end >= 2 && Character.isLetter(paragraph.charAt(end - 2));
        if (hyphen && afterLetter) {
            if (last == '\u00AD' || Character.isLowerCase(line.codePointAt(0))) {
                // A word broken at the line's end: "impor-" + "tant".
                paragraph.setLength(end - 1);
            }
            paragraph.append(line);
        } else {
            paragraph.append(' ').append(line);
        }
    }

    private static boolean endsSentence(CharSequence text) {
        int i = text.length() - 1;
        while (i > 0 && "\"”’')]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == ':';
    }
}
