package io.sourcemark.importer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/** An importer of a format its media types name: the bytes prove it, as Tika's detector reads them. */
abstract class FormatImporter implements ArticleImporter {

    private final String formatName;
    private final Set<String> extensions;
    private final boolean binary;
    private final Set<String> mediaTypes;

    FormatImporter(String formatName, Set<String> extensions, boolean binary, Set<String> mediaTypes) {
        this.formatName = formatName;
        this.extensions = Set.copyOf(extensions);
        this.binary = binary;
        this.mediaTypes = Set.copyOf(mediaTypes);
    }

    @Override
    public final String formatName() {
        return formatName;
    }

    @Override
    public final Set<String> extensions() {
        return extensions;
    }

    @Override
    public final boolean binary() {
        return binary;
    }

    /**
     * Tika falls back on the name when no magic matches, so the bytes are checked as well: a file named
     * {@code .pdf} that does not start like one is not a PDF.
     */
    @Override
    public int fit(ImportSource source) {
        return mediaTypes.contains(source.baseType()) && startsLikeOne(source.bytes()) ? 3 : 0;
    }

    /** Whether the bytes start as this format's files do; any bytes by default. */
    boolean startsLikeOne(byte[] bytes) {
        return true;
    }

    /** Whether {@code bytes} hold {@code magic} (ASCII) within their first {@code within} bytes. */
    static boolean holds(byte[] bytes, String magic, int within) {
        byte[] wanted = magic.getBytes(StandardCharsets.US_ASCII);
        int last = Math.min(bytes.length, within) - wanted.length;
        for (int i = 0; i <= last; i++) {
            if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                return true;
            }
        }
        return false;
    }

    /** A zip that inflates far beyond its size: POI's guard or our own bound stopped it. */
    static ImportException zipBomb(String name, Exception cause) {
        return new ImportException(name, name + " is refused: it unpacks to far more than its size (a zip bomb, or "
                + "a damaged file), and reading it could fill the memory.", cause);
    }
}
