package io.sourcemark.service;

import io.sourcemark.importer.ArticleFixtures;
import io.sourcemark.model.Article;
import io.sourcemark.model.ArticleProvenance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Importing web pages by their address, from a server on this machine. */
class WebImportTest {

    @TempDir
    Path dir;

    private TestProject project;
    private LocalPages pages;
    private ArticleFixtures.Article gdansk;
    private byte[] page;

    @BeforeEach
    void open() throws Exception {
        project = TestProject.open(dir.resolve("web.sourcemark"));
        gdansk = ArticleFixtures.sample("003-");
        page = ArticleFixtures.html(gdansk).getBytes(StandardCharsets.UTF_8);
        pages = LocalPages.start().serve("/news/gdansk.html", 200, "text/html; charset=utf-8", page)
                .serve("/gone.html", 404, "text/html", "<p>Not here</p>".getBytes(StandardCharsets.UTF_8))
                .hang("/slow.html");
    }

    @AfterEach
    void close() {
        pages.close();
        project.close();
    }

    @Test
    void importsThePageAtAnAddressAndKeepsItsBytesAndWhereTheyCameFrom() {
        Instant before = Instant.now();
        String url = pages.url("/news/gdansk.html");

        ImportReport report = project.imports().importUrls(List.of(url), ImportProgress.NONE, () -> false);

        assertEquals(List.of(), report.refused());
        assertEquals(1, report.imported().size());
        long id = report.imported().get(0).articleId();
        Article article = project.articles().article(id).orElseThrow();
        assertEquals(gdansk.title(), article.meta().title());
        assertEquals(String.join("\n\n", gdansk.paragraphs()) + "\n", article.body());
        assertFalse(article.body().contains("cookies"), "the cookie banner is left out");
        ArticleProvenance provenance = project.articles().provenance(id).orElseThrow();
        assertEquals(url, provenance.cameFrom());
        assertEquals(url, provenance.url());
        assertEquals("web page", provenance.format());
        assertTrue(provenance.mediaType().startsWith("text/html"), provenance.mediaType());
        assertFalse(provenance.fetchedAt().isBefore(before.minusSeconds(1)), provenance.fetchedAt().toString());
        assertEquals(page.length, provenance.size());
        assertEquals(ArticleArrival.sha256(page), provenance.sha256());
        assertArrayEquals(page, project.articles().original(id).orElseThrow());
        assertEquals(List.of("Import “" + url + "”"), project.history().undoLabel().stream().toList());
    }

    @Test
    void refusesBadAndUnreachableAddressesWithWhatIsWrong() throws Exception {
        String missing = pages.url("/gone.html");
        String closed = LocalPages.closedPort();

        ImportReport report = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> project.imports().importUrls(
                List.of(missing, "ftp://127.0.0.1/article.txt", "not an address", closed, "file:///etc/passwd"),
                ImportProgress.NONE, () -> false));

        assertEquals(List.of(), report.imported());
        List<String> reasons = report.refused().stream().map(RefusedFile::message).toList();
        assertEquals(5, reasons.size(), reasons.toString());
        assertEquals("“not an address” is not a web address. Write it as the browser shows it, such as "
                + "https://example.com/news/article.html.", reasons.get(0));
        assertEquals(missing + " could not be fetched: the server answered 404 (not found).", reasons.get(1));
        assertEquals("ftp://127.0.0.1/article.txt is not a web address: only http and https addresses can be "
                + "imported.", reasons.get(2));
        assertTrue(reasons.get(3).startsWith(closed + " could not be fetched: 127.0.0.1 refused the connection"),
                reasons.get(3));
        assertEquals("file:///etc/passwd is not a web address: only http and https addresses can be imported.",
                reasons.get(4));
        assertEquals(0, project.articles().count());
    }

    @Test
    void aFetchUnderWayStopsWhenTheImportIsCancelled() {
        AtomicBoolean cancelled = new AtomicBoolean();
        ImportProgress cancelOnStart = (done, total, current) -> cancelled.set(current != null);

        ImportReport report = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> project.imports().importUrls(
                List.of(pages.url("/slow.html"), pages.url("/news/gdansk.html")), cancelOnStart, cancelled::get));

        assertTrue(report.cancelled());
        assertEquals(List.of(), report.imported());
        assertEquals(0, project.articles().count());
    }

    @Test
    void filesAndAddressesDroppedTogetherAreOneImport() throws Exception {
        Path file = dir.resolve("afp.txt");
        java.nio.file.Files.copy(Path.of("sample-articles/000-afp-north-korea-arms-russia.txt"), file);

        ImportReport report = project.imports().importAll(List.of(file), List.of(pages.url("/news/gdansk.html")),
                ImportProgress.NONE, () -> false);

        assertEquals(List.of(file.toString(), pages.url("/news/gdansk.html")),
                report.imported().stream().map(ImportedFile::input).toList());
        assertEquals(List.of("Import 2 files and web pages"), project.history().undoLabel().stream().toList());
        assertEquals("plain text", project.articles().provenance(report.imported().get(0).articleId())
                .orElseThrow().format());
    }
}
