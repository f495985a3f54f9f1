package io.sourcemark.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EncodingImportTest {

    private static final String ARTICLE = "Title: Café owners protest\nSource: Test Wire\nDate: 2024-03-01\n\n"
            + "The café owners said “no”.\nThey left.\n\nSecond paragraph.\n";
    private final ImporterRegistry registry = ImporterRegistry.standard();

    @TempDir
    Path dir;

    private ImportedArticle importBytes(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return registry.importFile(file);
    }

    private static byte[] concat(byte[] prefix, byte[] rest) {
        byte[] all = new byte[prefix.length + rest.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(rest, 0, all, prefix.length, rest.length);
        return all;
    }

    @Test
    void crlfAndBomFilesGiveTheSameBodyAndHashAsTheLfFile() throws Exception {
        ImportedArticle lf = importBytes("lf.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        byte[] crlf = ARTICLE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        ImportedArticle withCrlf = importBytes("crlf.txt", crlf);
        ImportedArticle withBom = importBytes("bom.txt", concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, crlf));

        assertEquals("The café owners said “no”.\nThey left.\n\nSecond paragraph.\n", lf.body());
        assertEquals(lf.body(), withCrlf.body());
        assertEquals(lf.body(), withBom.body());
        assertEquals(lf.contentHash(), withCrlf.contentHash());
        assertEquals(lf.contentHash(), withBom.contentHash());
        assertEquals("Café owners protest", withBom.meta().title());
        assertEquals(64, lf.contentHash().length());
    }

    @Test
    void contentHashIsSha256OfTheNormalisedBody() {
        // SHA-256 of "abc", a published test vector.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                ImportedArticle.contentHashOf("abc"));
    }

    @Test
    void decodesUtf16WithByteOrderMark() throws Exception {
        ImportedArticle lf = importBytes("utf8.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        ImportedArticle le = importBytes("le.txt", concat(new byte[]{(byte) 0xFF, (byte) 0xFE},
                ARTICLE.getBytes(StandardCharsets.UTF_16LE)));
        ImportedArticle be = importBytes("be.txt", concat(new byte[]{(byte) 0xFE, (byte) 0xFF},
                ARTICLE.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(lf.body(), le.body());
        assertEquals(lf.body(), be.body());
        assertEquals(lf.meta(), new io.sourcemark.model.ArticleMeta(le.meta().title(), le.meta().source(),
                le.meta().date(), null, null, null, null, "utf8.txt"));
    }

    @Test
    void decodesUtf16WithoutByteOrderMarkInsteadOfCallingItBinary() throws Exception {
        ImportedArticle lf = importBytes("utf8.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        ImportedArticle le = importBytes("le.txt", ARTICLE.getBytes(StandardCharsets.UTF_16LE));
        ImportedArticle be = importBytes("be.txt", ARTICLE.getBytes(StandardCharsets.UTF_16BE));

        assertEquals(lf.body(), le.body());
        assertEquals(lf.body(), be.body());
        assertEquals("Café owners protest", le.meta().title());
        assertEquals("Test Wire", be.meta().source());
    }

    @Test
    void decodesUtf16WithoutByteOrderMarkInOtherScriptsToo() throws Exception {
        String russian = "«Мы победим», — сказал Иван Петров в понедельник.\n\nЭкономика выросла на пять процентов.\n";
        String chinese = "经济增长了百分之五。\n\n官员们星期二表示，改革将继续。\n";
        for (String text : new String[] {russian, chinese}) {
            for (java.nio.charset.Charset order : new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE,
                    StandardCharsets.UTF_16BE}) {
                ImportedArticle article = importBytes("article.txt", text.getBytes(order));
                assertEquals(importBytes("utf8.txt", text.getBytes(StandardCharsets.UTF_8)).body(), article.body(),
                        order + ": " + text);
            }
        }
        // binary data with zero bytes is still not text
        byte[] noise = new byte[4096];
        new java.util.Random(11).nextBytes(noise);
        noise[100] = 0;
        byte[] binary = noise;
        assertTrue(assertThrows(ImportException.class, () -> importBytes("noise.txt", binary)).getMessage()
                .startsWith("noise.txt is not a text file"));
    }

    @Test
    void decodesWindows1252Text() throws Exception {
        String text = "Title: Résumé of the day\nSource: Le Monde\n\nLe café est fermé – dit-il.\n";
        byte[] bytes = text.getBytes(Charset.forName("windows-1252"));
        assertEquals((byte) 0xE9, bytes[8]);
        ImportedArticle article = importBytes("legacy.txt", bytes);
        assertEquals("Résumé of the day", article.meta().title());
        assertEquals("Le café est fermé – dit-il.\n", article.body());
    }

    @Test
    void decodesIso88591Text() throws Exception {
        byte[] bytes = "Déjà vu à Genève.".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Déjà vu à Genève.\n", importBytes("latin1.txt", bytes).body());
    }

    @Test
    void refusesABinaryFileNamingIt() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Files.write(dir.resolve("photo.txt"), png);
        ImportException e = assertThrows(ImportException.class, () -> registry.importFile(dir.resolve("photo.txt")));
        assertEquals("photo.txt is not a text file: it contains binary data. Only articles in plain text, Markdown, "
                + "web pages (HTML), PDF, Word (.docx) and OpenDocument text (.odt) can be imported.", e.getMessage());
        assertEquals("photo.txt", e.fileName());
    }

    @Test
    void refusesControlCharacterSoupWithoutNulBytes() throws Exception {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 0x01 + i % 7 : 'a');
        }
        ImportException e = assertThrows(ImportException.class, () -> importBytes("data.txt", bytes));
        assertTrue(e.getMessage().contains("data.txt is not a text file"), e.getMessage());
    }

    @Test
    void readsAShortTextWithOneStrayControlCharacterWithoutIt() throws Exception {
        ImportedArticle article = importBytes("pasted.txt", "The minister said the harbour would reopen.\u001B"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("The minister said the harbour would reopen.\n", article.body());
        // two in as short a text are more than stray ones
        ImportException e = assertThrows(ImportException.class, () -> importBytes("two.txt",
                "The minister\u001B said the harbour would reopen.\u001B".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("two.txt is not a text file"), e.getMessage());
    }

    @Test
    void refusesAnEmptyFileNamingIt() throws Exception {
        ImportException e = assertThrows(ImportException.class, () -> importBytes("nothing.txt", new byte[0]));
        assertEquals("nothing.txt is empty.", e.getMessage());
        ImportException blank = assertThrows(ImportException.class,
                () -> importBytes("blank.txt", " \r\n\r\n\t".getBytes(StandardCharsets.UTF_8)));
        assertTrue(blank.getMessage().startsWith("blank.txt is empty"), blank.getMessage());
        ImportException bomOnly = assertThrows(ImportException.class,
                () -> importBytes("bom-only.txt", new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        assertTrue(bomOnly.getMessage().startsWith("bom-only.txt is empty"), bomOnly.getMessage());
    }

    @Test
    void refusesAHeaderWithoutText() {
        ImportException e = assertThrows(ImportException.class,
                () -> importBytes("header.txt", "Title: Only a header\nSource: Nowhere\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("header.txt has a header but no article text after it.", e.getMessage());
    }

    @Test
    void refusesAMissingFileAndReadsAWebPageNamedAsTextAsAWebPage() throws Exception {
        ImportException missing = assertThrows(ImportException.class,
                () -> registry.importFile(dir.resolve("gone.txt")));
        assertEquals("gone.txt does not exist.", missing.getMessage());
        ImportedArticle page = importBytes("page.txt",
                "<!DOCTYPE html><html><body><p>Hi <b>there</b>.</p></body></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals("Hi there.\n", page.body());
        assertEquals("web page", page.provenance().format());
        assertEquals("text/html", page.provenance().mediaType());
    }

    @Test
    void choosesTheImporterByContentNotByExtension() throws Exception {
        ImportedArticle article = importBytes("article.dat", ARTICLE.getBytes(StandardCharsets.UTF_8));
        assertEquals("Café owners protest", article.meta().title());
        assertTrue(registry.isSupportedFileName("NOTES.TXT"));
        assertTrue(registry.isSupportedFileName("notes.md") && !registry.isSupportedFileName("txt")
                && !registry.isSupportedFileName("photo.png"));
        assertArrayEquals(new String[]{"docx", "htm", "html", "markdown", "md", "odt", "pdf", "text", "txt", "xhtml"},
                registry.extensions().toArray(new String[0]));
    }
}
