package io.sourcemark.service;

import io.sourcemark.importer.ImporterRegistry;
import io.sourcemark.model.Article;
import io.sourcemark.model.ArticleSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportServiceTest {

    private static final Path SAMPLES = Path.of("sample-articles");
    private static final String AFP_TITLE =
            "The White House on Tuesday warned North Korea against selling arms to Russia in support…";

    @TempDir
    Path dir;
    private Project project;
    private ImportService service;

    @BeforeEach
    void openProject() throws Exception {
        project = Project.open(dir.resolve("test.sourcemark"));
        service = new ImportService(project, ImporterRegistry.standard(), new ComputePool(2));
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    private ImportReport importPaths(Path... paths) {
        return service.importPaths(List.of(paths), ImportProgress.NONE, () -> false);
    }

    @Test
    void importsEveryArticleOfTheSampleFolderAsOneRowEach() {
        ImportReport report = importPaths(SAMPLES);

        assertEquals(30, report.imported().size());
        assertEquals(List.of(), report.duplicates());
        assertEquals(List.of(), report.refused());
        assertFalse(report.cancelled());
        assertEquals(30, (int) project.read(tx -> tx.articles().count()));
        assertTrue(report.imported().get(0).input().endsWith("000-afp-north-korea-arms-russia.txt"));
        assertEquals(AFP_TITLE, report.imported().get(0).title());

        Article afp = project.read(tx -> tx.articles().find(report.imported().get(0).articleId())).orElseThrow();
        assertEquals("AFP", afp.meta().source());
        assertEquals("2023-09-05", afp.meta().date());
        assertEquals("Washington", afp.meta().dateline());
        assertFalse(afp.body().contains("© 2023 AFP"));
        assertEquals(64, afp.contentHash().length());

        List<String> titles = project.read(tx -> tx.articles().list()).stream().map(ArticleSummary::title).toList();
        assertTrue(titles.contains("Arrest made as mayor of Gdańsk, Poland stabbed on stage"), titles.toString());
    }

    @Test
    void theSameTextImportedTwiceIsOneArticleReportedAsDuplicate() throws Exception {
        ImportReport first = importPaths(SAMPLES.resolve("003-gdansk-mayor-adamowicz-stabbed.txt"));
        String crlf = Files.readString(SAMPLES.resolve("003-gdansk-mayor-adamowicz-stabbed.txt"))
                .replace("\n", "\r\n");
        Path copy = Files.writeString(dir.resolve("copy-with-crlf.txt"), "\uFEFF" + crlf);

        ImportReport second = importPaths(SAMPLES.resolve("003-gdansk-mayor-adamowicz-stabbed.txt"), copy);

        long id = first.imported().get(0).articleId();
        assertEquals(List.of(), second.imported());
        assertEquals(List.of(
                new ImportedFile(SAMPLES.resolve("003-gdansk-mayor-adamowicz-stabbed.txt").toAbsolutePath().toString(),
                        id, "Arrest made as mayor of Gdańsk, Poland stabbed on stage"),
                new ImportedFile(copy.toString(), id, "Arrest made as mayor of Gdańsk, Poland stabbed on stage")),
                second.duplicates());
        assertEquals(1, (int) project.read(tx -> tx.articles().count()));
    }

    @Test
    void refusedInputsAreListedWithTheirReasonAndAddNothing() throws Exception {
        Path binary = Files.write(dir.resolve("scan.txt"), new byte[]{0x25, 0x50, 0, 0, 1, 2, 3, 0x7F});
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path good = SAMPLES.resolve("001-trump-state-of-emergency-border-wall.txt");

        ImportReport report = importPaths(binary, empty, good, dir.resolve("nowhere.txt"));

        assertEquals(1, report.imported().size());
        assertEquals(List.of(
                new RefusedFile(dir.resolve("nowhere.txt").toString(), dir.resolve("nowhere.txt") + " does not exist."),
                new RefusedFile(binary.toString(), "scan.txt is not a text file: it contains binary data. "
                        + "Only articles in plain text, Markdown, web pages (HTML), PDF, Word (.docx) and "
                        + "OpenDocument text (.odt) can be imported."),
                new RefusedFile(empty.toString(), "empty.txt is empty.")), report.refused());
        assertTrue(report.hasRefusals());
        assertEquals(1, (int) project.read(tx -> tx.articles().count()));
    }

    @Test
    void reportsProgressForEveryFileAndAtTheEnd() {
        List<String> calls = new ArrayList<>();
        service.importPaths(List.of(SAMPLES.resolve("004-nevada-majority-female-legislature.txt"),
                        SAMPLES.resolve("005-turpin-parents-sentenced.txt")),
                (done, total, current) -> calls.add(done + "/" + total + " "
                        + (current == null ? "-" : Path.of(current).getFileName())),
                () -> false);
        assertEquals(List.of("0/2 004-nevada-majority-female-legislature.txt",
                "1/2 005-turpin-parents-sentenced.txt", "2/2 -"), calls);
    }

    @Test
    void cancellingStopsBetweenFilesAndKeepsWhatWasImported() {
        AtomicInteger checks = new AtomicInteger();
        ImportReport report = service.importPaths(List.of(SAMPLES), ImportProgress.NONE,
                () -> checks.incrementAndGet() > 2);
        assertTrue(report.cancelled());
        assertEquals(2, report.imported().size());
        assertEquals(2, (int) project.read(tx -> tx.articles().count()));
    }

    @Test
    void importsTheBundledSamplesOnceAndReturnsTheAfpArticle() {
        long afpId = service.importBundledSamples();

        Article afp = project.read(tx -> tx.articles().find(afpId)).orElseThrow();
        assertEquals(AFP_TITLE, afp.meta().title());
        assertEquals("000-afp-north-korea-arms-russia.txt", afp.meta().fileName());
        assertEquals(30, (int) project.read(tx -> tx.articles().count()));

        assertEquals(afpId, service.importBundledSamples());
        assertEquals(30, (int) project.read(tx -> tx.articles().count()));
    }

    @Test
    void bundledSamplesAndTheSampleFolderAreTheSameArticles() {
        service.importBundledSamples();
        ImportReport report = importPaths(SAMPLES);
        assertEquals(30, report.duplicates().size());
        assertEquals(30, (int) project.read(tx -> tx.articles().count()));
    }
}
