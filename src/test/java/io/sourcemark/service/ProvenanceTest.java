package io.sourcemark.service;

import io.sourcemark.model.ArticleProvenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each imported article keeps where it came from and the bytes it was read from. */
class ProvenanceTest {

    @TempDir
    Path dir;

    @Test
    void aFileKeepsItsPathFormatEncodingHashAndBytes() throws Exception {
        Path file = dir.resolve("latin1.txt");
        byte[] bytes = "Title: Café owners protest\n\nThe café owners of the old town said on Monday that the new rules would close them down.\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, bytes);
        try (TestProject project = TestProject.open(dir.resolve("p.sourcemark"))) {
            ImportReport report = project.imports().importPaths(List.of(file), ImportProgress.NONE, () -> false);

            long id = report.imported().get(0).articleId();
            ArticleProvenance provenance = project.articles().provenance(id).orElseThrow();
            assertEquals(file.toString(), provenance.cameFrom());
            assertEquals("plain text", provenance.format());
            assertEquals("text/plain", provenance.mediaType());
            assertEquals("ISO-8859-1", provenance.encoding());
            assertNull(provenance.url());
            assertNull(provenance.fetchedAt());
            assertEquals(bytes.length, provenance.size());
            assertEquals(ArticleArrival.sha256(bytes), provenance.sha256());
            assertArrayEquals(bytes, project.articles().original(id).orElseThrow());
        }
    }

    @Test
    void undoOfTheImportTakesTheProvenanceWithTheArticleAndRedoBringsItBack() throws Exception {
        Path file = Path.of("sample-articles/003-gdansk-mayor-adamowicz-stabbed.txt");
        try (TestProject project = TestProject.open(dir.resolve("p.sourcemark"))) {
            long id = project.imports().importPaths(List.of(file), ImportProgress.NONE, () -> false).imported()
                    .get(0).articleId();
            ArticleProvenance before = project.articles().provenance(id).orElseThrow();

            project.history().undo();
            assertTrue(project.articles().provenance(id).isEmpty());
            project.history().redo();

            assertEquals(before, project.articles().provenance(id).orElseThrow());
            assertArrayEquals(Files.readAllBytes(file), project.articles().original(id).orElseThrow());
        }
    }

    @Test
    void theSamplesNameTheirFileAsWhereTheyCameFrom() throws Exception {
        try (TestProject project = TestProject.open(dir.resolve("p.sourcemark"))) {
            long afp = project.imports().importBundledSamples();

            ArticleProvenance provenance = project.articles().provenance(afp).orElseThrow();
            assertEquals("000-afp-north-korea-arms-russia.txt", provenance.cameFrom());
            assertEquals("UTF-8", provenance.encoding());
        }
    }

    @Test
    void pastedHtmlBecomesAnArticleFromTheClipboard() throws Exception {
        String html = "<html><body><h1>Port strike ends</h1><p>Dock workers in the port of Gdynia returned to work "
                + "on Tuesday after a two-week strike, the union said.</p><p>“We got what we asked for,” the union "
                + "leader, Anna Nowak, told reporters.</p></body></html>";
        try (TestProject project = TestProject.open(dir.resolve("p.sourcemark"))) {
            ImportReport report = project.imports().importClipboard(html, "ignored text", ImportProgress.NONE);

            long id = report.imported().get(0).articleId();
            assertEquals("Port strike ends", project.articles().article(id).orElseThrow().meta().title());
            assertTrue(project.articles().article(id).orElseThrow().body().startsWith("Dock workers in the port of "
                    + "Gdynia returned to work"), project.articles().article(id).orElseThrow().body());
            ArticleProvenance provenance = project.articles().provenance(id).orElseThrow();
            assertEquals(ImportService.CLIPBOARD, provenance.cameFrom());
            assertEquals("web page", provenance.format());
            assertEquals(List.of("Paste as article"), project.history().undoLabel().stream().toList());
        }
    }

    @Test
    void pastedTextIsUsedWhenThereIsNoHtmlAndAnEmptyClipboardIsRefused() throws Exception {
        String text = "Dock workers in the port of Gdynia returned to work on Tuesday after a two-week strike.\n";
        try (TestProject project = TestProject.open(dir.resolve("p.sourcemark"))) {
            ImportReport report = project.imports().importClipboard(null, text, ImportProgress.NONE);
            ImportReport empty = project.imports().importClipboard(" ", "", ImportProgress.NONE);

            assertEquals(text, project.articles().article(report.imported().get(0).articleId()).orElseThrow().body());
            assertEquals("plain text", project.articles().provenance(report.imported().get(0).articleId())
                    .orElseThrow().format());
            assertEquals(List.of("The clipboard holds no text. Copy the article's text (or select it in a browser "
                    + "and copy), then paste again."), empty.refused().stream().map(RefusedFile::message).toList());
            assertEquals(1, project.articles().count());
        }
    }
}
