package io.sourcemark.importer;

/**
 * Bytes that are laid out like UTF-8 (lead bytes followed by the right number of continuation bytes) although they
 * are not valid UTF-8: CESU-8 (surrogate pairs encoded one half at a time, as some databases and Java's modified
 * UTF-8 write them) and over-long forms (a character encoded with more bytes than it needs, a known way to smuggle
 * characters past filters). Read as Windows-1252, such text would be silent mojibake, so it is told apart first.
 */
enum Utf8Shape {
    /** Not laid out like UTF-8 at all: a legacy encoding. */
    NOT_UTF8,
    /** UTF-8 but for surrogate halves encoded separately: CESU-8. */
    SURROGATES,
    /** UTF-8 with over-long forms. */
    OVERLONG,
    /** UTF-8 with code points beyond U+10FFFF. */
    BEYOND_UNICODE;

    /** The shape of bytes that strict UTF-8 decoding refused. */
    static Utf8Shape of(byte[] bytes) {
        Utf8Shape found = NOT_UTF8;
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int length = lead >= 0xF0 && lead <= 0xF7 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
            if (length == 0 || lead > 0xF7 || i + length > bytes.length) {
                return NOT_UTF8;
            }
            int codePoint = lead & (0x7F >> length);
            for (int k = 1; k < length; k++) {
                int next = bytes[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    return NOT_UTF8;
                }
                codePoint = codePoint << 6 | next & 0x3F;
            }
            Utf8Shape shape = shapeOf(codePoint, length);
            if (shape.ordinal() > found.ordinal()) {
                found = shape;
            }
            i += length;
        }
        return found;
    }

    private static Utf8Shape shapeOf(int codePoint, int length) {
        int shortest = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
        if (shortest < length) {
            return OVERLONG;
        }
        if (codePoint > 0x10FFFF) {
            return BEYOND_UNICODE;
        }
        return codePoint >= 0xD800 && codePoint <= 0xDFFF ? SURROGATES : NOT_UTF8;
    }
}
