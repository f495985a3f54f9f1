package io.sourcemark.importer;

import java.util.Set;

final class OdtImporter implements ArticleImporter {
    public String formatName() { return "OpenDocument text"; }
    public Set<String> extensions() { return Set.of("odt"); }
    public boolean binary() { return true; }
    public int fit(ImportSource source) { return source.baseType().equals("application/vnd.oasis.opendocument.text") ? 3 : 0; }
    public ArticleDraft read(ImportSource source) throws ImportException { throw new ImportException(source.fileName(), "todo"); }
}
