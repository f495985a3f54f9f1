package io.sourcemark.service;

/** The analyst's free text as it is stored: stripped, and null when nothing is left. */
final class Text {

    private static final int SHOWN = 60;

    private Text() {
    }

    static String orNull(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** At most {@value #SHOWN} characters of {@code text}, for a message. */
    static String abbreviated(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN - 1) + "…";
    }
}
