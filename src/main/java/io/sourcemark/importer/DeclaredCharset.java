package io.sourcemark.importer;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes markup by the encoding it declares (a server's {@code charset}, {@code <meta charset>}, an XML
 * declaration), as browsers do, and by detection when it declares none or declares one its bytes do not fit.
 */
final class DeclaredCharset {

    /** Browsers look for a declaration in the first 1024 bytes; pages with long comments first push it further. */
    private static final int PRESCAN = 4096;
    private static final Pattern META = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAMETER = Pattern.compile(";\\s*charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);

    private DeclaredCharset() {
    }

    static DecodedText decode(ImportSource source) throws ImportException {
        byte[] bytes = source.bytes();
        Optional<Charset> declared = fromMediaType(source.mediaType()).or(() -> fromMarkup(bytes));
        if (declared.isPresent() && !hasByteOrderMark(bytes)) {
            try {
                String text = TextDecoder.decodeStrictly(declared.get(), bytes);
                if (!TextDecoder.hasUnwantedControls(text)) {
                    return new DecodedText(text, declared.get().name());
                }
            } catch (CharacterCodingException wrongDeclaration) {
                // The page says one encoding and is in another (a common copy-and-paste mistake): detect it.
            }
        }
        return TextDecoder.decode(bytes, source.fileName(), true);
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF);
    }

    private static Optional<Charset> fromMediaType(String mediaType) {
        Matcher m = PARAMETER.matcher(mediaType);
        return m.find() ? charset(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> fromMarkup(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        return m.find() ? charset(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
    }

    /** The charset of a label; Latin-1 and ASCII labels mean Windows-1252 on the web (WHATWG Encoding). */
    private static Optional<Charset> charset(String label) {
        String name = label.toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            name = "windows-1252";
        } else if (name.startsWith("utf-16")) {
            // A declaration readable as ASCII cannot be in UTF-16: browsers take it for UTF-8.
            name = "utf-8";
        }
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
    }
}
