package io.sourcemark.importer;

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

    @Override
    public int fit(ImportSource source) {
        return mediaTypes.contains(source.baseType()) ? 3 : 0;
    }

    /** A zip that inflates far beyond its size: POI's guard or our own bound stopped it. */
    static ImportException zipBomb(String name, Exception cause) {
        return new ImportException(name, name + " is refused: it unpacks to far more than its size (a zip bomb, or "
                + "a damaged file), and reading it could fill the memory.", cause);
    }
}
