package io.sourcemark.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes the bytes of a text file: UTF-8 with or without BOM, UTF-16 and UTF-32 with BOM, UTF-16 without BOM for
 * Latin-script text, CESU-8, and legacy encodings detected by {@link LegacyEncodings}. Binary content, over-long
 * UTF-8 and undecidable encodings are refused.
 */
final class TextDecoder {

    /**
     * More control characters than this share of the text means it is not text; one is always allowed, so that a
     * short text with a stray escape (pasted from a terminal) is read, not called binary.
     */
    private static final double MAX_CONTROL_SHARE = 0.01;
    /** At least this share of UTF-16 characters with a zero high byte marks Latin-script text without a BOM. */
    private static final double UTF16_ZERO_SHARE = 0.8;
    private static final String CESU_8 = "CESU-8";

    private TextDecoder() {
    }

    /** Whether the bytes look like text in one of the supported encodings, without decoding them fully. */
    static boolean looksLikeText(byte[] bytes) {
        if (bomCharset(bytes) != null || unmarkedUtf16(bytes) != null) {
            return true;
        }
        return bytes.length > 0 && (!looksBinary(bytes) || unmarkedUtf16OfOneScript(bytes) != null);
    }

    static DecodedText decode(byte[] bytes, String fileName) throws ImportException {
        return decode(bytes, fileName, false);
    }

    /** @param markup whether the text is markup, whose tags the detection of a legacy encoding should skip */
    static DecodedText decode(byte[] bytes, String fileName, boolean markup) throws ImportException {
        if (bytes.length == 0) {
            throw new ImportException(fileName, fileName + " is empty.");
        }
        Charset marked = bomCharset(bytes);
        if (marked != null) {
            return checked(strictAfterBom(marked, bytes, fileName), fileName);
        }
        Charset utf16 = unmarkedUtf16(bytes);
        if (utf16 != null) {
            try {
                return checked(new DecodedText(decodeStrictly(utf16, bytes), utf16.name()), fileName);
            } catch (CharacterCodingException notUtf16) {
                throw notText(fileName);
            }
        }
        if (looksBinary(bytes)) {
            DecodedText other = unmarkedUtf16OfOneScript(bytes);
            if (other == null) {
                throw notText(fileName);
            }
            return checked(other, fileName);
        }
        try {
            return checked(new DecodedText(decodeStrictly(StandardCharsets.UTF_8, bytes), "UTF-8"), fileName);
        } catch (CharacterCodingException notUtf8) {
            return checked(notUtf8(bytes, fileName, markup), fileName);
        }
    }

    /** Bytes that strict UTF-8 refused: CESU-8, damaged UTF-8, or a legacy encoding. */
    private static DecodedText notUtf8(byte[] bytes, String fileName, boolean markup) throws ImportException {
        switch (Utf8Shape.of(bytes)) {
            case SURROGATES -> {
                try {
                    String text = decodeStrictly(Charset.forName(CESU_8), bytes);
                    if (Surrogates.hasUnpaired(text)) {
                        throw new CharacterCodingException();
                    }
                    return new DecodedText(text, CESU_8);
                } catch (CharacterCodingException e) {
                    throw new ImportException(fileName, fileName + " is damaged UTF-8: it encodes halves of "
                            + "characters (surrogates) that do not pair up. Save it as UTF-8 and import it again.", e);
                }
            }
            case OVERLONG -> throw new ImportException(fileName, fileName + " is damaged UTF-8: it holds over-long "
                    + "byte sequences, which UTF-8 forbids (they can hide characters). Save it as UTF-8 and import it "
                    + "again.");
            case BEYOND_UNICODE -> throw new ImportException(fileName, fileName + " is damaged UTF-8: it encodes "
                    + "numbers beyond the last Unicode character. Save it as UTF-8 and import it again.");
            default -> {
                return LegacyEncodings.decode(bytes, fileName, markup);
            }
        }
    }

    private static DecodedText strictAfterBom(Charset charset, byte[] bytes, String fileName) throws ImportException {
        int bom = charset.name().startsWith("UTF-32") ? 4 : charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
        try {
            return new DecodedText(decodeStrictly(charset, Arrays.copyOfRange(bytes, bom, bytes.length)),
                    charset.name());
        } catch (CharacterCodingException e) {
            throw new ImportException(fileName, fileName + " is not valid " + charset.displayName()
                    + " text although it starts with a " + charset.displayName() + " byte order mark.", e);
        }
    }

    static String decodeStrictly(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /** Refuses decoded text that is empty or full of control characters (a binary file in a text encoding). */
    private static DecodedText checked(DecodedText decoded, String fileName) throws ImportException {
        if (decoded.text().isEmpty()) {
            throw new ImportException(fileName, fileName + " is empty.");
        }
        if (hasUnwantedControls(decoded.text())) {
            throw notText(fileName);
        }
        return decoded;
    }

    /** A NUL character, or more C0 controls than text has. */
    static boolean hasUnwantedControls(String text) {
        if (text.indexOf('\0') >= 0) {
            return true;
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            controls += isUnwantedControl(text.charAt(i)) ? 1 : 0;
        }
        return tooMany(controls, text.length());
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
        return tooMany(controls, bytes.length);
    }

    private static boolean tooMany(int controls, int length) {
        return controls > Math.max(1, length * MAX_CONTROL_SHARE);
    }

    /** C0 controls other than tab, line feed, form feed, carriage return; and DEL. */
    private static boolean isUnwantedControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
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

    /**
     * UTF-16 without a byte order mark in a script other than Latin (Cyrillic, Greek, Arabic, Chinese…): only its
     * spaces, digits and line breaks have a zero byte. Read as UTF-16, such bytes give the letters of one script;
     * binary data, or the wrong byte order, gives characters of many scripts, unassigned ones or controls. Null when
     * neither byte order gives text of one script.
     */
    private static DecodedText unmarkedUtf16OfOneScript(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0 || !holdsZero(bytes)) {
            return null; // without a zero byte, no space, line break or digit: control characters, not UTF-16
        }
        DecodedText found = null;
        long foundAscii = -1;
        for (Charset order : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            String text;
            try {
                text = decodeStrictly(order, bytes);
            } catch (CharacterCodingException e) {
                continue;
            }
            if (!hasUnwantedControls(text) && ofOneScript(text)) {
                // Chinese read in the wrong order is Korean, of one script too; the zero bytes tell: in the right
                // order they are the high bytes of spaces, line breaks and digits, ASCII characters
                long ascii = text.chars().filter(c -> c < 0x80).count();
                if (ascii == foundAscii) {
                    return null; // no telling which
                }
                if (ascii > foundAscii) {
                    found = new DecodedText(text, order.name());
                    foundAscii = ascii;
                }
            }
        }
        return found;
    }

    private static boolean holdsZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether nearly every letter of {@code text} is of one script, and nearly all of it letters, digits or punctuation. */
    static boolean ofOneScript(String text) {
        java.util.Map<Character.UnicodeScript, Integer> scripts = new java.util.EnumMap<>(Character.UnicodeScript.class);
        int letters = 0;
        int odd = 0;
        int count = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            count++;
            int type = Character.getType(c);
            if (type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
                odd++;
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (Character.isLetter(c) && script != Character.UnicodeScript.COMMON
                    && script != Character.UnicodeScript.INHERITED) {
                letters++;
                scripts.merge(script, 1, Integer::sum);
            }
        }
        int most = scripts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return letters >= count / 3 && odd <= count / 100 && most >= letters * 0.9;
    }

    /** The charset a byte order mark names, or null (UTF-32 is checked first: its BOM starts like UTF-16's). */
    private static Charset bomCharset(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return Charset.forName("UTF-32LE");
        }
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return Charset.forName("UTF-32BE");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        return startsWith(bytes, 0xFE, 0xFF) ? StandardCharsets.UTF_16BE : null;
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
        return new ImportException(fileName, fileName + " is not a text file: it contains binary data. Only articles "
                + "in " + ImporterRegistry.FORMATS + " can be imported.");
    }
}
