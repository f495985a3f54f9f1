package io.sourcemark.export;

/**
 * Offsets of one text in Unicode code points, as W3C selectors, brat and Python count them, converted from and to
 * the UTF-16 indices the project stores. A text without characters outside the Basic Multilingual Plane (most news)
 * needs no table: both counts are the same.
 */
final class CodePoints {

    private final String text;
    /** For each UTF-16 index 0..length, the code point offset; null when they are equal. */
    private final int[] codePointAt;

    private CodePoints(String text, int[] codePointAt) {
        this.text = text;
        this.codePointAt = codePointAt;
    }

    static CodePoints of(String text) {
        int i = 0;
        while (i < text.length() && !Character.isSurrogate(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return new CodePoints(text, null);
        }
        int[] table = new int[text.length() + 1];
        int codePoint = 0;
        for (int index = 0; index <= text.length(); index++) {
            table[index] = codePoint;
            // the low half of a pair is not a code point of its own: the offset advances after the pair
            if (index < text.length() && !(Character.isHighSurrogate(text.charAt(index))
                    && index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1)))) {
                codePoint++;
            }
        }
        return new CodePoints(text, table);
    }

    /** The code point offset of a UTF-16 index (one inside a surrogate pair counts as the pair's start). */
    int fromUtf16(int index) {
        checkIndex(index, text.length());
        return codePointAt == null ? index : codePointAt[index];
    }

    /** The UTF-16 index of a code point offset. */
    int toUtf16(int offset) {
        if (codePointAt == null) {
            checkIndex(offset, text.length());
            return offset;
        }
        checkIndex(offset, codePointAt[text.length()]);
        int low = 0;
        int high = text.length();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (codePointAt[middle] < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** How many code points the text has. */
    int length() {
        return codePointAt == null ? text.length() : codePointAt[text.length()];
    }

    private static void checkIndex(int index, int length) {
        if (index < 0 || index > length) {
            throw new IndexOutOfBoundsException("Offset " + index + " is outside a text of " + length);
        }
    }
}
