package io.sourcemark.importer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Old Office files (.doc, .xls, .ppt: OLE2 compound files), which no importer reads. Left to the importers they were
 * refused as "binary data" or as "named as a Word file but not one", which does not say what to do.
 */
final class OldOffice {

    private static final byte[] SIGNATURE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
        0x1A, (byte) 0xE1};
    /** The name of a Word document's main stream, as the file's directory stores it (UTF-16). */
    private static final byte[] WORD_STREAM = "WordDocument".getBytes(StandardCharsets.UTF_16LE);

    private OldOffice() {
    }

    /** Refuses an old Office file, saying which and how to make it one Sourcemark reads; anything else passes. */
    static void refuse(ImportSource source) throws ImportException {
        byte[] bytes = source.bytes();
        if (bytes.length < SIGNATURE.length || !Arrays.equals(bytes, 0, SIGNATURE.length, SIGNATURE, 0,
                SIGNATURE.length)) {
            return;
        }
        String name = source.fileName();
        if (holds(bytes, WORD_STREAM)) {
            throw new ImportException(name, name + " is an old Word document (.doc), not a .docx: open it in a word "
                    + "processor and save it as .docx.");
        }
        throw new ImportException(name, name + " is an old Microsoft Office file (not a .docx), which Sourcemark "
                + "cannot import: save it as .docx or PDF.");
    }

    private static boolean holds(byte[] bytes, byte[] sought) {
        outer:
        for (int i = 0; i + sought.length <= bytes.length; i++) {
            for (int j = 0; j < sought.length; j++) {
                if (bytes[i + j] != sought[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
