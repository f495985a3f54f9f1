package io.sourcemark.importer;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfImporterTest {

    private final ImporterRegistry registry = ImporterRegistry.standard();

    private ImportException refusal(byte[] bytes, String name) {
        return assertThrows(ImportException.class, () -> registry.importBytes(bytes, name));
    }

    @Test
    void mendsWordsHyphenatedAtLineEndsButKeepsRealHyphens() throws Exception {
        byte[] pdf = PdfFixtures.pdf("Budget", List.of("The minister called it an impor- tant day for the "
                + "Franco- German alliance and the well-known plan."));
        // One page: its header line cannot be told from a heading, as nothing repeats it.
        assertEquals("The Daily Ledger — Print edition\n\nThe minister called it an important day for the "
                + "Franco-German alliance and the well-known plan.\n", registry.importBytes(pdf, "budget.pdf").body());
    }

    @Test
    void aPageInABaseFontThatIsNotInstalledIsReadWithoutAWarningOnStandardError() throws Exception {
        byte[] pdf = PdfFixtures.pdf("Budget", List.of("The council approved the budget on Monday."));
        List<String> warned = new ArrayList<>();
        java.util.logging.Logger pdfbox = java.util.logging.Logger.getLogger("org.apache.pdfbox");
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                warned.add(record.getLoggerName() + ": " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        pdfbox.addHandler(handler);
        try {
            // the fixture is set in Helvetica, which PDFBox does not find installed and replaces
            assertTrue(registry.importBytes(pdf, "budget.pdf").body().contains("approved the budget"));
        } finally {
            pdfbox.removeHandler(handler);
        }
        assertEquals(List.of(), warned);
    }

    @Test
    void rebuildsParagraphsAcrossPagesAndDropsHeadersAndPageNumbers() throws Exception {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            paragraphs.add(("Paragraph " + i + " tells what happened next in the long story of the harbour, "
                    + "and who said what about it. ").repeat(4).strip());
        }
        paragraphs.add("A paragraph that runs over the page break " + "and does not stop there ".repeat(40)
                + "until it ends here.");
        byte[] pdf = PdfFixtures.pdf("Harbour", paragraphs);
        ImportedArticle article = registry.importBytes(pdf, "harbour.pdf");
        assertEquals(String.join("\n\n", paragraphs) + "\n", article.body());
        assertTrue(!article.body().contains("Print edition"), "running header dropped");
        assertEquals("Harbour", article.meta().title());
    }

    @Test
    void refusesAPasswordProtectedPdfSayingSo() {
        byte[] pdf = PdfFixtures.encrypted(PdfFixtures.pdf("Secret", List.of("Hidden text of the memo.")), "pw");
        assertEquals("memo.pdf is an encrypted PDF that needs a password to open: Sourcemark cannot read it. Open it "
                + "with its password and save an unprotected copy.", refusal(pdf, "memo.pdf").getMessage());
    }

    @Test
    void refusesAnEncryptedPdfThatForbidsCopyingItsText() {
        byte[] pdf = PdfFixtures.encrypted(PdfFixtures.pdf("Locked", List.of("Text that may not be copied.")), "");
        assertEquals("locked.pdf is an encrypted PDF whose author does not allow copying its text, so Sourcemark does "
                + "not read it. Ask for an unprotected copy.", refusal(pdf, "locked.pdf").getMessage());
    }

    @Test
    void refusesAScanAndAnEmptyPdfSayingWhich() {
        assertTrue(refusal(PdfFixtures.imageOnly(), "scan.pdf").getMessage().startsWith("scan.pdf has no text, only "
                + "images (a scan): Sourcemark does not read text in images."));
        assertEquals("blank.pdf is a PDF without any text.", refusal(PdfFixtures.blank(3), "blank.pdf").getMessage());
    }

    @Test
    void refusesAFileNamedPdfThatIsNotOneAndATruncatedPdf() {
        assertEquals("notes.pdf is named as a PDF file but is not one: its content is text. It may be damaged, "
                + "incomplete or misnamed.", refusal("Just some notes.".getBytes(StandardCharsets.UTF_8), "notes.pdf")
                .getMessage());
        byte[] pdf = PdfFixtures.pdf("Cut", List.of("A download that stopped half-way."));
        byte[] half = Arrays.copyOf(pdf, 40);
        assertTrue(refusal(half, "cut.pdf").getMessage().startsWith("cut.pdf cannot be read as a PDF: it is damaged "
                + "or incomplete"), refusal(half, "cut.pdf").getMessage());
    }

    @Test
    void refusesAPdfWhoseDrawingInflatesToMoreThanAnArticleNeedsWithoutReadingItAll() {
        byte[] bomb = PdfFixtures.inflatingTo(PdfImporter.MAX_CONTENT_BYTES + 1024 * 1024);
        assertTrue(bomb.length < PdfImporter.MAX_CONTENT_BYTES / 50, "a small file: " + bomb.length);
        assertEquals("bomb.pdf holds far more drawing instructions than an article needs (more than 64 MB once "
                + "unpacked, or 5,000,000 operations): Sourcemark does not read it. If it is a real document, save or "
                + "print it again as a PDF, or copy its text into a text file.", refusal(bomb, "bomb.pdf").getMessage());
    }

    @Test
    void refusesAPdfOfMoreOperationsThanTheLimitUnderTheByteLimit() {
        // a save and a restore of the drawing state, which draw no character: 6 million operators in 12 MB
        byte[] many = PdfFixtures.inflatingTo(12L * 1024 * 1024, "q Q\n");
        assertTrue(refusal(many, "many.pdf").getMessage().startsWith("many.pdf holds far more drawing instructions"));
    }

    @Test
    void readsAPdfUnderEveryLimit() throws Exception {
        // some 1,400 lines of 14 characters on its page: 20,000 characters, under the page's limit too
        byte[] modest = PdfFixtures.inflatingTo(64L * 1024);
        assertTrue(registry.importBytes(modest, "modest.pdf").body().startsWith("word word word"));
    }

    @Test
    void refusesAPageThatDrawsMoreCharactersThanAnyArticlesPageInASmallFile() {
        // 2 MB of drawing deflated to a few kilobytes: 640,000 characters on one page, which PDFBox would hold
        // in some 600 MB of memory before the page ends
        byte[] crowded = PdfFixtures.inflatingTo(2L * 1024 * 1024);
        assertTrue(crowded.length < 64 * 1024, "a small file: " + crowded.length);
        assertEquals("crowded.pdf has a page that draws more than 50,000 characters, far more than any page of an "
                + "article: Sourcemark does not read it. If it is a real document, copy its text into a text file "
                + "and import that.", refusal(crowded, "crowded.pdf").getMessage());
    }
}
