package io.sourcemark.importer;

/** Halves of UTF-16 surrogate pairs that have no other half: no character, and no valid UTF-8 either. */
final class Surrogates {

    private Surrogates() {
    }

    static boolean hasUnpaired(String text) {
        return unpairedAt(text, 0) >= 0;
    }

    /** The text with each unpaired half replaced by U+FFFD, as a browser shows a broken character reference. */
    static String replaceUnpaired(String text) {
        int at = unpairedAt(text, 0);
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        while (at >= 0) {
            out.setCharAt(at, '\uFFFD');
            at = unpairedAt(text, at + 1);
        }
        return out.toString();
    }

    private static int unpairedAt(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
