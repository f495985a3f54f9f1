package io.sourcemark.service;

import io.sourcemark.export.ExportFormat;
import io.sourcemark.export.ExportOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An export as a job: progress per article, cancel between articles (and inside a PDF), existing files asked about and
 * kept.
 */
class ExportJobTest {

    @TempDir
    Path dir;
    private TestProject project;
    private ExportService exports;

    @BeforeEach
    void importSamples() throws Exception {
        project = TestProject.open(dir.resolve("p.sourcemark"));
        project.imports().importBundledSamples();
        exports = new ExportService(project.project());
    }

    @AfterEach
    void close() {
        project.close();
    }

    private ExportRequest request(ExportFormat format, boolean oneFile) {
        return new ExportRequest(format, List.of(), dir.resolve("out"), ExportOptions.everything(), oneFile, false);
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> list = Files.list(dir.resolve("out"))) {
            return list.toList();
        }
    }

    @Test
    void tellsItsProgressAndStopsBetweenArticlesWhenCancelled() throws Exception {
        List<String> told = new ArrayList<>();
        AtomicInteger checks = new AtomicInteger();

        ExportReport report = exports.export(request(ExportFormat.MARKDOWN, false),
                (done, total, current) -> told.add(done + "/" + total + " " + current),
                () -> checks.incrementAndGet() > 3);

        assertTrue(report.stopped());
        assertEquals(3, report.articles());
        assertEquals(3, files().size());
        assertEquals(List.of("0/30 ", "1/30 ", "2/30 "), told.subList(0, 3).stream()
                .map(line -> line.substring(0, line.indexOf(' ') + 1)).toList());
        assertEquals("3/30 null", told.get(3), "and once at the end");
    }

    @Test
    void aCancelledLibraryFileLeavesNothingBehind() throws Exception {
        AtomicInteger checks = new AtomicInteger();

        ExportReport report = exports.export(request(ExportFormat.CSV, true), ImportProgress.NONE,
                () -> checks.incrementAndGet() > 10);

        assertTrue(report.stopped());
        assertEquals(List.of(), report.written());
        assertEquals(List.of(), files(), "no half file, no temporary file");
    }

    @Test
    void aPdfStopsWhileItsArticleIsLaidOutAndLeavesNoHalfFile() throws Exception {
        AtomicInteger checks = new AtomicInteger();

        // asked once before the first article, then as its page is written, read and laid out: the 20th comes inside it
        ExportReport report = exports.export(request(ExportFormat.PDF, false), ImportProgress.NONE,
                () -> checks.incrementAndGet() >= 20);

        assertTrue(report.stopped());
        assertEquals(0, report.articles(), "asked only between articles (and before each is laid out), 9 would have been written");
        assertEquals(List.of(), report.written());
        assertEquals(List.of(), files(), "no half PDF, no temporary file");
        assertEquals(20, checks.get(), "nothing asked after the stop");
    }

    @Test
    void listsTheFilesThatExistAlreadyAndKeepsThemUnlessToldToReplaceThem() throws Exception {
        ExportRequest request = request(ExportFormat.HTML, false);
        assertEquals(List.of(), exports.existing(request));
        exports.export(request, ImportProgress.NONE, () -> false);
        Path one = files().get(0);
        Files.writeString(one, "kept", StandardCharsets.UTF_8);

        assertEquals(30, exports.existing(request).size());
        ExportReport again = exports.export(request, ImportProgress.NONE, () -> false);

        assertEquals(0, again.articles());
        assertEquals(30, again.skipped().size());
        assertTrue(again.hasProblems());
        assertEquals("kept", Files.readString(one, StandardCharsets.UTF_8));
        ExportReport replaced = exports.export(request.overwriting(), ImportProgress.NONE, () -> false);
        assertEquals(30, replaced.articles());
        assertTrue(Files.readString(one, StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>"));
        assertEquals(30, files().size());
    }

    @Test
    void refusesFilesThatAreNotExportsOfOurs() throws Exception {
        Path generic = dir.resolve("generic.jsonld");
        Files.writeString(generic, "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"Annotation\", "
                + "\"body\": \"hello\", \"target\": \"http://example.org/page\"}");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"type\": ");

        MergeReport report = new AnnotationImportService(project.project()).importFiles(List.of(generic, broken),
                ImportProgress.NONE, () -> false);

        assertEquals(2, report.refused().size());
        assertTrue(report.refused().get(0).message().contains("is not a W3C Web Annotation export of Sourcemark"),
                report.refused().get(0).message());
        assertTrue(report.refused().get(1).message().startsWith("broken.json is not JSON"),
                report.refused().get(1).message());
        assertEquals(0, report.articlesAdded() + report.articlesMerged());
    }
}
