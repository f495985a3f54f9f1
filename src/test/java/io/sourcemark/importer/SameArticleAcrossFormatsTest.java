package io.sourcemark.importer;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The same article brought in as text, web page, Word, OpenDocument, Markdown or PDF is one article. */
class SameArticleAcrossFormatsTest {

    private final ImporterRegistry registry = ImporterRegistry.standard();

    @Test
    void everyFormatOfASampleGivesTheBodyAndHashOfItsTextFile() throws Exception {
        for (String prefix : new String[]{"003", "013", "027"}) {
            ArticleFixtures.Article sample = ArticleFixtures.sample(prefix);
            String hash = ImportedArticle.contentHashOf(sample.body());
            ImportedArticle html = registry.importBytes(ArticleFixtures.html(sample).getBytes(StandardCharsets.UTF_8),
                    prefix + ".html");
            ImportedArticle docx = registry.importBytes(ArticleFixtures.docx(sample), prefix + ".docx");
            ImportedArticle odt = registry.importBytes(ArticleFixtures.odt(sample), prefix + ".odt");
            ImportedArticle md = registry.importBytes(ArticleFixtures.markdown(sample).getBytes(StandardCharsets.UTF_8),
                    prefix + ".md");
            for (ImportedArticle article : new ImportedArticle[]{html, docx, odt, md}) {
                String format = article.provenance().format();
                assertEquals(sample.body(), article.body(), prefix + " as " + format);
                assertEquals(hash, article.contentHash(), prefix + " as " + format);
                assertEquals(sample.title(), article.meta().title(), prefix + " as " + format);
            }
            assertEquals("The Daily Ledger", html.meta().source());
            assertEquals("Staff Reporter", docx.provenance().author());
            assertEquals("Staff Reporter", odt.provenance().author());
            assertEquals(sample.date(), md.meta().date());
        }
    }

    @Test
    void aPdfOfTheSampleGivesItsTextWithoutRunningHeadersOrPageNumbers() throws Exception {
        // Helvetica of the PDF standard fonts has no Polish letters: a sample in Western European letters.
        ArticleFixtures.Article sample = ArticleFixtures.sample("027");
        ImportedArticle pdf = registry.importBytes(PdfFixtures.pdf(sample.title(), sample.paragraphs()), "027.pdf");
        assertEquals(sample.body(), pdf.body());
        assertEquals(ImportedArticle.contentHashOf(sample.body()), pdf.contentHash());
        assertEquals(sample.title(), pdf.meta().title());
        assertEquals("PDF", pdf.provenance().format());
    }
}
