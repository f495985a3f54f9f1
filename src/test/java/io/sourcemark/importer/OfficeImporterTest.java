package io.sourcemark.importer;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Word and OpenDocument files, and the zip tricks played with them. */
class OfficeImporterTest {

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://"
            + "schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\""
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    private final ImporterRegistry registry = ImporterRegistry.standard();

    private ImportException refusal(byte[] bytes, String name) {
        return assertThrows(ImportException.class, () -> registry.importBytes(bytes, name));
    }

    /** A zip whose one large entry is nothing but zeros: a few kilobytes that inflate to {@code size} bytes. */
    static byte[] zipBomb(List<String> smallEntries, String bombName, int size) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : smallEntries) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(bombName));
            byte[] zeros = new byte[1 << 20];
            for (int written = 0; written < size; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void refusesAZipBombNamedDocxWithoutUnpackingIt() throws Exception {
        byte[] bomb = zipBomb(List.of("[Content_Types].xml"), "word/document.xml", 200 << 20);
        assertTrue(bomb.length < 1 << 20, "the bomb is small: " + bomb.length);
        assertEquals("bomb.docx is refused: it unpacks to far more than its size (a zip bomb, or a damaged file), "
                + "and reading it could fill the memory.", refusal(bomb, "bomb.docx").getMessage());
    }

    @Test
    void refusesAZipBombNamedOdt() throws Exception {
        byte[] bomb = zipBomb(List.of(), "content.xml", 100 << 20);
        assertTrue(refusal(bomb, "bomb.odt").getMessage().startsWith("bomb.odt is refused: it unpacks to far more "
                + "than its size"));
    }

    @Test
    void refusesAnOldWordDocumentAndAZipThatIsNoWordDocument() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1,
                0, 0, 0, 0, 0, 0, 0, 0};
        String old = refusal(ole2, "old.docx").getMessage();
        assertTrue(old.startsWith("old.docx "), old);
        byte[] zip = ArticleFixtures.zip(List.of(new ArticleFixtures.Entry("photo.jpg", new byte[100], false)));
        String notWord = refusal(zip, "photos.docx").getMessage();
        assertTrue(notWord.startsWith("photos.docx cannot be read as a Word document: it is damaged or is not one"),
                notWord);
    }

    @Test
    void refusesOpenDocumentXmlThatDeclaresEntities() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;"
                + "&lol;&lol;&lol;&lol;&lol;\">]><office:document-content xmlns:office=\"urn:oasis:names:tc:"
                + "opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
                + "<office:body><office:text><text:p>&lol2;</text:p></office:text></office:body>"
                + "</office:document-content>";
        byte[] odt = ArticleFixtures.zip(List.of(
                new ArticleFixtures.Entry("mimetype", "application/vnd.oasis.opendocument.text"
                        .getBytes(StandardCharsets.US_ASCII), true),
                new ArticleFixtures.Entry("content.xml", laughs.getBytes(StandardCharsets.UTF_8), false)));
        assertTrue(refusal(odt, "laughs.odt").getMessage().startsWith("laughs.odt cannot be read as an OpenDocument "
                + "text: its XML is damaged or unsafe"));
    }

    @Test
    void readsTheTextOfNestedTablesAndOfContentControlsInTheirPlace() throws Exception {
        String lead = "The council voted on Monday, officials said.";
        byte[] docx = ArticleFixtures.rawDocx(ArticleFixtures.wordParagraph(lead)
                + "<w:tbl><w:tr><w:tc>" + ArticleFixtures.wordParagraph("Outer cell")
                + "<w:tbl><w:tr><w:tc>" + ArticleFixtures.wordParagraph("\u201cWe will appeal,\u201d said Jane Doe.")
                + "</w:tc></w:tr></w:tbl>" + ArticleFixtures.wordParagraph("After the inner table")
                + "</w:tc></w:tr></w:tbl>"
                + "<w:sdt><w:sdtPr/><w:sdtContent>" + ArticleFixtures.wordParagraph("Inside a content control.")
                + ArticleFixtures.wordParagraph("Its second paragraph.") + "</w:sdtContent></w:sdt>"
                + ArticleFixtures.wordParagraph("The last paragraph."));
        assertEquals(lead + "\n\nOuter cell\n\n\u201cWe will appeal,\u201d said Jane Doe.\n\nAfter the inner table\n\n"
                + "Inside a content control.\n\nIts second paragraph.\n\nThe last paragraph.\n",
                registry.importBytes(docx, "council.docx").body());
    }

    @Test
    void refusesAWordDocumentWhoseTextPartUnpacksToMoreThanAnyArticleBeforePoiHoldsIt() {
        // random words: about ten to one, under the zip-bomb guard's ratio, and 20 MB of XML
        java.util.Random random = new java.util.Random(7);
        StringBuilder body = new StringBuilder();
        while (body.length() < 20 * 1024 * 1024) {
            StringBuilder words = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                words.append(Long.toString(random.nextLong() & Long.MAX_VALUE, 36), 0, 6).append(' ');
            }
            body.append(ArticleFixtures.wordParagraph(words.toString()));
        }
        byte[] docx = ArticleFixtures.rawDocx(body.toString());
        assertTrue(docx.length < 12 * 1024 * 1024, "a file of " + docx.length + " bytes");
        ImportException refused = assertThrows(ImportException.class, () -> registry.importBytes(docx, "big.docx"));
        assertEquals("big.docx holds a part of more than 16 MB of text once unpacked, far more than any article: "
                + "Sourcemark does not read it. If it is a real document, copy its text into a text file and import "
                + "that.", refused.getMessage());
    }

    @Test
    void readsTableCellsAndKeepsATitleParagraphThatIsNotTheTitle() throws Exception {
        ArticleFixtures.Article article = new ArticleFixtures.Article("Results", null, null, null,
                List.of("Turnout was 61 percent.", "The count ended at midnight."));
        ImportedArticle docx = registry.importBytes(ArticleFixtures.docx(article), "results.docx");
        assertEquals("Turnout was 61 percent.\n\nThe count ended at midnight.\n", docx.body());
        assertEquals("Word", docx.provenance().format());
        assertEquals(docx.body(), registry.importBytes(ArticleFixtures.docx(article), "results").body(),
                "a Word document saved without its extension is found by its bytes");
        ImportedArticle odt = registry.importBytes(ArticleFixtures.odt(article), "results.odt");
        assertEquals(docx.body(), odt.body());
        assertEquals("Results", odt.meta().title());
    }
}
