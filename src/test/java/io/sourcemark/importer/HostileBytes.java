package io.sourcemark.importer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Hostile and odd content, made on the spot: nothing large is committed. */
final class HostileBytes {

    private HostileBytes() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] of(int... bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = (byte) bytes[i];
        }
        return out;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] random(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** Bytes above 0x80 only, none of them a valid start in the multi-byte encodings: no encoding fits them. */
    static byte[] highBytes(int length, long seed) {
        byte[] bytes = random(length, seed);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x80 | bytes[i]);
        }
        bytes[0] = (byte) 0xFF;
        return bytes;
    }

    /** {@code depth} nested opening tags around a sentence, never closed. */
    static byte[] nested(String tag, int depth) {
        String sentence = "The sentence at the bottom of the nesting, which is the only text of the page.";
        return utf8("<html><body>" + ("<" + tag + ">").repeat(depth) + "<p>" + sentence + "</p></body></html>");
    }

    /** One paragraph of words of {@code megabytes} MB, without a line break. */
    static String paragraph(int megabytes) {
        String sentence = "Officials said the talks would resume on Monday, and the minister agreed. ";
        return sentence.repeat(megabytes * 1024 * 1024 / sentence.length());
    }

    static byte[] encoded(String text, String charset) {
        return text.getBytes(Charset.forName(charset));
    }

    /** U+1F600 as CESU-8 writes it: each UTF-16 half encoded as if it were a character. */
    static byte[] cesu8Smiley() {
        return concat(utf8("Smile "), of(0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80), utf8(" at the camera, she said.\n"));
    }

    /**
     * The start of an old Office file (OLE2 compound file): its signature, a header of zeros and a directory entry
     * naming {@code stream} ("WordDocument" in a .doc, "Workbook" in a .xls) in UTF-16, as the format stores it.
     */
    static byte[] oldOffice(String stream) {
        byte[] file = new byte[2048];
        byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(signature, 0, file, 0, signature.length);
        byte[] name = stream.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, file, 1024, name.length);
        return file;
    }
}
