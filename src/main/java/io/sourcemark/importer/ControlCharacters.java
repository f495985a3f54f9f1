package io.sourcemark.importer;

import java.util.regex.Pattern;

/**
 * Control characters that a web page or a document can carry as entities (escape, bell, backspace…) and no article
 * shows: they are dropped at import, so that none reaches a terminal (where an escape sequence can retitle the window
 * or clear the screen), a spreadsheet or another tool. Tabs, line and page breaks stay for the normal form to use.
 */
final class ControlCharacters {

    private static final Pattern UNSEEN = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F-\\x9F]");

    private ControlCharacters() {
    }

    /** The text without them; null stays null. */
    static String removed(String text) {
        return text == null ? null : UNSEEN.matcher(text).replaceAll("");
    }
}
