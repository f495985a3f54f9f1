package io.sourcemark.importer;

import java.util.Set;

final class PdfImporter implements ArticleImporter {
    public String formatName() { return "PDF"; }
    public Set<String> extensions() { return Set.of("pdf"); }
    public boolean binary() { return true; }
    public int fit(ImportSource source) { return source.baseType().equals("application/pdf") ? 3 : 0; }
    public ArticleDraft read(ImportSource source) throws ImportException { throw new ImportException(source.fileName(), "todo"); }
}
