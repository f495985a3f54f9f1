package io.sourcemark.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes the bytes of a text file: UTF-8 with or without BOM, UTF-16 (with BOM, or Latin-script text without), and
 * Windows-1252 (which covers the
 * printable part of ISO-8859-1) when the bytes are not valid UTF-8. Binary content is refused.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** More control characters than this share of the text means it is not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    /** At least this share of UTF-16 characters with a zero high byte marks Latin-script text without a BOM. */
    private static final double UTF16_ZERO_SHARE = 0.8;

    private TextDecoder() {
    }

    /** Whether the bytes look like text in one of the supported encodings, without decoding them fully. */
    static boolean looksLikeText(byte[] bytes) {
        if (hasUtf16Bom(bytes) || unmarkedUtf16(bytes) != null) {
            return true;
        }
        return bytes.length > 0 && !looksBinary(bytes);
    }

    static String decode(byte[] bytes, String fileName) throws ImportException {
        if (bytes.length == 0) {
            throw new ImportException(fileName, fileName + " is empty.");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return checked(strict(StandardCharsets.UTF_8, Arrays.copyOfRange(bytes, 3, bytes.length), fileName),
                    fileName);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return checked(strict(StandardCharsets.UTF_16LE, Arrays.copyOfRange(bytes, 2, bytes.length), fileName),
                    fileName);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return checked(strict(StandardCharsets.UTF_16BE, Arrays.copyOfRange(bytes, 2, bytes.length), fileName),
                    fileName);
        }
        Charset utf16 = unmarkedUtf16(bytes);
        if (utf16 != null) {
            try {
                return checked(decodeStrictly(utf16, bytes), fileName);
            } catch (CharacterCodingException notUtf16) {
                throw notText(fileName);
            }
        }
        if (looksBinary(bytes)) {
            throw notText(fileName);
        }
        try {
            return checked(decodeStrictly(StandardCharsets.UTF_8, bytes), fileName);
        } catch (CharacterCodingException notUtf8) {
            // Not UTF-8: legacy single-byte text is common in older newsroom exports.
            if (!isPrintableWindows1252(bytes)) {
                throw notText(fileName);
            }
            return checked(new String(bytes, WINDOWS_1252), fileName);
        }
    }

    private static String strict(Charset charset, byte[] bytes, String fileName) throws ImportException {
        try {
            return decodeStrictly(charset, bytes);
        } catch (CharacterCodingException e) {
            throw new ImportException(fileName, fileName + " is not valid " + charset.displayName()
                    + " text although it starts with a " + charset.displayName() + " byte order mark.", e);
        }
    }

    private static String decodeStrictly(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /** Refuses decoded text that is empty or full of control characters (a binary file in a text encoding). */
    private static String checked(String text, String fileName) throws ImportException {
        if (text.isEmpty()) {
            throw new ImportException(fileName, fileName + " is empty.");
        }
        long controls = text.chars().filter(TextDecoder::isUnwantedControl).count();
        if (text.indexOf('\0') >= 0 || controls > Math.max(0, text.length() * MAX_CONTROL_SHARE)) {
            throw notText(fileName);
        }
        return text;
    }

    private static boolean looksBinary(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
            if (isUnwantedControl(b & 0xFF)) {
                controls++;
            }
        }
        return controls > bytes.length * MAX_CONTROL_SHARE;
    }

    /** C0 controls other than tab, line feed, form feed, carriage return; and DEL. */
    private static boolean isUnwantedControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }

    /** Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in Windows-1252; 0x80-0x9F are controls in ISO-8859-1. */
    private static boolean isPrintableWindows1252(byte[] bytes) {
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D || isUnwantedControl(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * UTF-16 saved without a byte order mark (some Windows tools do), told apart from binary data by the zero high
     * byte of nearly every character of Latin-script text, always on the same side; null when it does not look so.
     */
    private static Charset unmarkedUtf16(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    zeroEven++;
                } else {
                    zeroOdd++;
                }
            }
        }
        int characters = bytes.length / 2;
        if (zeroEven == 0 && zeroOdd >= characters * UTF16_ZERO_SHARE) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroOdd == 0 && zeroEven >= characters * UTF16_ZERO_SHARE) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean hasUtf16Bom(byte[] bytes) {
        return startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static ImportException notText(String fileName) {
        return new ImportException(fileName, fileName
                + " is not a text file: it contains binary data. Only plain-text articles can be imported.");
    }
}
