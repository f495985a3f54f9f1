package io.sourcemark.ui.export;

import io.sourcemark.model.ArticleSummary;
import io.sourcemark.model.Kind;
import io.sourcemark.service.ExportService;
import io.sourcemark.service.TestProject;
import io.sourcemark.ui.AnalystPreferences;
import io.sourcemark.ui.Selection;
import io.sourcemark.ui.StatusLine;
import io.sourcemark.ui.Tasks;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The export dialog's view model on a real project, every call on the test's thread. */
class ExportViewModelTest {

    @TempDir
    Path dir;

    private TestProject project;
    private final Selection selection = new Selection();
    private final ObservableList<ArticleSummary> listed = FXCollections.observableArrayList();
    private final StatusLine status = new StatusLine();
    private final AnalystPreferences preferences = new AnalystPreferences();
    private ExportViewModel model;
    private long afp;

    @BeforeEach
    void open() throws Exception {
        project = TestProject.open(dir.resolve("export.sourcemark"));
        afp = project.imports().importBundledSamples();
        project.detection().detect(afp);
        model = new ExportViewModel(Tasks.sameThread(), new ExportService(project.project()), selection, listed,
                status, preferences);
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void theListedArticlesGoToOneCsvFileWithTheStatementsOfTheChosenKinds() throws Exception {
        listed.setAll(project.articles().list("afp"));
        assertEquals(1, listed.size());
        Path out = Files.createDirectories(dir.resolve("out"));
        model.formatIndexProperty().set(model.formatLabels().indexOf("CSV (spreadsheet)"));
        model.scopeProperty().set(ExportScope.LISTED);
        model.oneFileProperty().set(true);
        model.folderProperty().set(out.toString());
        for (Kind kind : Kind.values()) {
            model.layerProperty(kind).set(kind == Kind.DIRECT_QUOTE);
        }
        List<List<Path>> existing = new ArrayList<>();
        List<String> done = new ArrayList<>();

        model.prepare(existing::add);
        model.run(false, (line, details, folder) -> done.add(line + "|" + details + "|" + folder));

        assertEquals(List.of(List.of()), existing);
        Path csv = out.resolve(ExportService.LIBRARY_CSV);
        assertEquals(List.of("Exported 1 file to " + out + "|" + ExportService.LIBRARY_CSV + "|" + out), done,
                "the file by its name in the folder the line gives");
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(rows.get(0).startsWith("article,kind,text,start,end,speaker"), rows.get(0));
        long quotes = project.articles().visibleAnnotations(afp).stream()
                .filter(a -> a.kind() == Kind.DIRECT_QUOTE).count();
        assertTrue(quotes > 0);
        assertEquals(quotes, rows.stream().filter(row -> row.contains(",direct quote,")).count(), rows.toString());
        String title = project.articles().article(afp).orElseThrow().meta().title();
        assertEquals(quotes, rows.stream().filter(row -> row.startsWith("\"" + title + "\",")
                || row.startsWith(title + ",")).count(), "one row per direct quote, none of another kind");
        assertEquals("Exported 1 file to " + out, status.textProperty().get());

        model.prepare(existing::add);
        assertEquals(List.of(csv), existing.get(1), "the second time, the file to replace is named");
    }

    @Test
    void theSignatureComesFromThePreferencesAndTheOrganisationAndFolderFromTheLastExport() throws Exception {
        assertEquals("", model.reviewerProperty().get());
        assertEquals(System.getProperty("user.home"), model.folderProperty().get(), "before any export");
        preferences.reviewerProperty().set("Ana Ruiz");
        model.opening();
        assertEquals("Ana Ruiz", model.reviewerProperty().get(), "a name set since the dialog was made");
        model.reviewerProperty().set("Desk editor");
        preferences.reviewerProperty().set("Ana R.");
        model.opening();
        assertEquals("Desk editor", model.reviewerProperty().get(), "a name typed for the export is kept");

        Path out = Files.createDirectories(dir.resolve("reports"));
        model.scopeProperty().set(ExportScope.LIBRARY);
        model.folderProperty().set(out.toString());
        model.organisationProperty().set(" Fact Desk ");
        model.prepare(existing -> { });
        model.run(false, (line, details, folder) -> { });

        assertEquals(out.toString(), preferences.exportFolderProperty().get());
        assertEquals("Fact Desk", preferences.organisationProperty().get());
        ExportViewModel next = new ExportViewModel(Tasks.sameThread(), new ExportService(project.project()),
                selection, listed, status, preferences);
        assertEquals(out.toString(), next.folderProperty().get());
        assertEquals("Fact Desk", next.organisationProperty().get());
        assertEquals("Ana R.", next.reviewerProperty().get());
    }

    @Test
    void whatIsMissingIsSaidBeforeAnythingRuns() {
        model.scopeProperty().set(ExportScope.THIS_ARTICLE);
        assertEquals(Optional.of("No article is open: choose one in the library, or export every article."),
                model.problem());
        model.scopeProperty().set(ExportScope.LISTED);
        assertEquals(Optional.of("The library lists no article: clear its filter, or export every article."),
                model.problem());
        model.scopeProperty().set(ExportScope.LIBRARY);
        model.folderProperty().set("  ");
        assertEquals(Optional.of("Choose the folder the files go to."), model.problem());
        model.folderProperty().set(dir.toString());
        for (Kind kind : Kind.values()) {
            model.layerProperty(kind).set(false);
        }
        assertEquals(Optional.of("Choose at least one kind of highlight to export."), model.problem());
    }

    @Test
    void thePreviewIsTheOpenArticlesHtmlReportInAFileOfItsOwn() throws Exception {
        assertFalse(model.canPreview(), "no article open");
        selection.articleProperty().set(project.read(tx -> tx.articles().find(afp)).orElseThrow());
        assertTrue(model.canPreview());
        List<String> opened = new ArrayList<>();

        List<String> refused = new ArrayList<>();
        // a ClaimReview address still being typed has no part in the HTML preview
        model.formatIndexProperty().set(io.sourcemark.service.ExportChoice.Format.CLAIMREVIEW.ordinal());
        model.publicationUrlProperty().set("javascript:half-typed");

        model.preview(opened::add, refused::add);

        assertEquals(List.of(), refused);
        assertEquals(1, opened.size());
        Path file = Path.of(java.net.URI.create(opened.get(0)));
        assertTrue(file.getFileName().toString().endsWith(".html"), file.toString());
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(html.contains("<html"), html.substring(0, Math.min(200, html.length())));
        assertTrue(html.contains("The White House on Tuesday warned North Korea against selling arms to Russia"),
                "the article's text is in the report");
        assertTrue(html.contains("Jake Sullivan"), "its speakers are named");
        assertFalse(Files.exists(dir.resolve("out")), "a preview writes no export");
    }
}
