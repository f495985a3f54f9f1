package io.sourcemark.export;

/**
 * Text that Markdown (CommonMark, GitHub's tables) shows as written: no raw HTML, no emphasis, link, image, heading
 * or list made from the analyst's or the article's words.
 */
final class MarkdownText {

    /** Punctuation that means something inside a line; each gets a backslash, which CommonMark allows before any. */
    private static final String INLINE = "\\`*_[]<>|~&!{}";

    private MarkdownText() {
    }

    /** A paragraph of text, its line breaks kept. */
    static String escape(String text) {
        return escape(text, true);
    }

    /**
     * A piece of a paragraph, its line breaks kept.
     *
     * @param atLineStart whether the piece starts a line: only there do spaces, digits and marks need escaping, and
     *                    a piece that goes on a line is not littered with entities where none is needed
     */
    static String escape(String text, boolean atLineStart) {
        // a lone carriage return ends a line for a Markdown reader too: read as one, it could start a heading
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean lineStart = atLineStart;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (lineStart) {
                // what starts a heading, a quote, a list or a rule at the start of a line
                int j = i;
                while (j < text.length() && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                boolean numbered = j > i && j < text.length() && (text.charAt(j) == '.' || text.charAt(j) == ')');
                if (numbered) {
                    out.append(text, i, j).append('\\').append(text.charAt(j));
                    i = j;
                    lineStart = false;
                    continue;
                }
                if (c == '#' || c == '-' || c == '+' || c == '=' || c == '>') {
                    out.append('\\');
                }
            }
            if (c == '\n') {
                // a line break kept inside the paragraph, not a paragraph break
                out.append("  \n");
                lineStart = true;
                continue;
            }
            if ((c == ' ' || c == '\t') && lineStart) {
                out.append(c == ' ' ? "&#32;" : "&#9;"); // leading spaces or a tab would make a code block
                continue;
            }
            if (INLINE.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
            lineStart = false;
        }
        return out.toString();
    }

    /** Text for one table cell: on one line, with its pipes escaped. */
    static String cell(String text) {
        return escape(text.replaceAll("\\s*\\R\\s*", " ").strip());
    }

    /** A link to an http(s) URL, else the escaped text: Markdown never links another scheme. */
    static String link(String label, String url) {
        return SafeValues.link(url)
                .map(safe -> "[" + cell(label) + "](<" + safe.replace("<", "%3C").replace(">", "%3E") + ">)")
                .orElse(cell(url));
    }
}
