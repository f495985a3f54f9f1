package io.sourcemark.app;

import io.sourcemark.service.ExportChoice;
import io.sourcemark.service.ExportService;
import io.sourcemark.service.ImportProgress;
import io.sourcemark.service.Project;
import io.sourcemark.model.Kind;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import static io.sourcemark.app.AppWindow.fx;
import static io.sourcemark.app.AppWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File ▸ Export… and File ▸ Import annotations… in the window. */
class ExportWindowTest {

    @TempDir
    Path dir;
    AppWindow window;

    @BeforeEach
    void open() throws Exception {
        window = new AppWindow(dir.resolve("export.sourcemark"), dir.resolve("config")).launch();
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private static List<Path> files(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.sorted().toList();
        }
    }

    private boolean showing(String id) throws Exception {
        return fx(() -> window.robot.lookup(id).tryQuery().isPresent()
                && window.robot.lookup(id).query().getScene().getWindow().isShowing());
    }

    @SuppressWarnings("unchecked")
    private void chooseMarkdownInto(Path out) throws Exception {
        window.robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> showing("#exportDialog"));
        window.robot.interact(() -> {
            ((ComboBox<String>) window.robot.lookup("#exportFormat").query()).getSelectionModel().select("Markdown");
            window.robot.lookup("#exportFolder").queryAs(TextField.class).setText(out.toString());
            window.robot.lookup("#exportReviewer").queryAs(TextField.class).setText("Ana Ruiz");
        });
        window.robot.clickOn("#exportRun");
    }

    @Test
    void theExportDialogWritesTheOpenArticleAsMarkdownAndAsksBeforeReplacingIt() throws Exception {
        Path out = dir.resolve("reports");
        Files.createDirectories(out);
        String title = window.title();

        chooseMarkdownInto(out);

        waitUntil(() -> files(out).size() == 1 && showing("#exportDone"));
        Path written = files(out).get(0);
        assertTrue(written.getFileName().toString().endsWith(".md"), written.toString());
        String markdown = Files.readString(written, StandardCharsets.UTF_8);
        assertTrue(markdown.startsWith("# " + title + "\n\n"), markdown);
        assertTrue(markdown.contains(", reviewed by Ana Ruiz.\n"), markdown);
        assertEquals("Exported 1 file to " + out, fx(() -> window.robot.lookup("#exportDone")
                .queryAs(DialogPane.class).getHeaderText()));
        assertEquals(written.getFileName().toString(), fx(() -> window.robot.lookup("#exportDone")
                .queryAs(DialogPane.class).getContentText()), "the message names the file, in the folder named above");
        double[] nameAndLine = fx(() -> {
            Label content = window.robot.lookup("#exportDone .content").queryAs(Label.class);
            Text name = new Text(written.getFileName().toString());
            name.setFont(content.getFont());
            return new double[] {name.getLayoutBounds().getWidth(), content.getWidth()};
        });
        assertTrue(nameAndLine[0] <= nameAndLine[1], "the name, which has no space to wrap at, fits on one line: "
                + nameAndLine[0] + " in " + nameAndLine[1]);
        assertTrue(fx(() -> window.robot.lookup("#exportDone").queryAs(DialogPane.class).getButtonTypes().stream()
                .anyMatch(b -> b.getText().equals("Show folder"))), "and can open that folder");
        // the same export through the service gives the same bytes, but for the minute of the report
        Path again = dir.resolve("again");
        Files.createDirectories(again);
        long articleId = fx(() -> window.app.workspace().selection().articleId());
        try (Project project = Project.open(window.project)) {
            new ExportService(project).export(new ExportChoice(ExportChoice.Format.MARKDOWN, List.of(articleId),
                    again, false, false, EnumSet.allOf(Kind.class), true, true, true, false, "Ana Ruiz", "", ""),
                    ImportProgress.NONE, () -> false);
        }
        assertEquals(withoutReportTime(Files.readString(files(again).get(0))), withoutReportTime(markdown));
        window.robot.interact(() -> window.robot.lookup("#exportDone").query().getScene().getWindow().hide());

        Files.writeString(written, "an older report");
        chooseMarkdownInto(out);
        waitUntil(() -> showing("#exportReplace"));
        window.robot.interact(() -> ((Button) window.robot.lookup("#exportReplace").queryAs(DialogPane.class)
                .lookupButton(window.robot.lookup("#exportReplace").queryAs(DialogPane.class).getButtonTypes()
                        .get(0))).fire());
        waitUntil(() -> Files.readString(written).startsWith("# " + title));
        assertEquals(1, files(out).size());
    }

    @Test
    void withNoBrowserOnTheSystemTheAddressIsCopiedAndTheStatusLineSaysSo() throws Exception {
        window.robot.interact(() -> window.app.copyInsteadOfBrowsing("https://example.org/evidence"));
        assertEquals("https://example.org/evidence", fx(() -> javafx.scene.input.Clipboard.getSystemClipboard()
                .getString()));
        assertEquals("No web browser is set up on this computer (xdg-open was not found): the address is copied, "
                + "paste it into a browser.", fx(() -> window.app.workspace().status().textProperty().get()));
    }

    @Test
    void previewSaysWhereItsFileIsForAMachineWhoseBrowserDoesNotOpen() throws Exception {
        List<String> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        window.robot.interact(() -> window.app.useBrowser(opened::add));
        String title = window.title();
        window.robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> showing("#exportDialog"));
        assertTrue(fx(() -> !window.robot.lookup("#exportPreviewBox").query().isVisible()), "nothing to say yet");

        window.robot.clickOn("#exportPreview");

        waitUntil(() -> opened.size() == 1 && fx(() -> window.robot.lookup("#exportPreviewBox").query().isVisible()));
        Path shown = Path.of(fx(() -> window.robot.lookup("#exportPreviewFile").queryAs(TextField.class).getText()));
        assertEquals(Path.of(java.net.URI.create(opened.get(0))), shown, "the file the browser was given");
        String html = Files.readString(shown, StandardCharsets.UTF_8);
        assertTrue(html.contains("<title>" + title), html.substring(0, Math.min(400, html.length())));
        assertTrue(fx(() -> window.robot.lookup("#exportPreviewFile").query().localToScreen(
                window.robot.lookup("#exportPreviewFile").query().getBoundsInLocal()).getMaxY()
                <= window.robot.lookup("#exportDialog").query().localToScreen(
                window.robot.lookup("#exportDialog").query().getBoundsInLocal()).getMaxY()), "inside the dialog");
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingCsvMakesTheDialogTallerSoItsButtonsStayInIt() throws Exception {
        window.robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> showing("#exportDialog"));
        window.robot.interact(() -> ((ComboBox<String>) window.robot.lookup("#exportFormat").query())
                .getSelectionModel().select("CSV (spreadsheet)"));
        waitUntil(() -> fx(() -> window.robot.lookup("#exportBom").query().isVisible()));
        javafx.stage.Window dialog = fx(() -> window.robot.lookup("#exportDialog").query().getScene().getWindow());
        for (String button : List.of("#exportRun", "#exportBom")) {
            javafx.geometry.Bounds bounds = fx(() -> window.robot.lookup(button).query()
                    .localToScene(window.robot.lookup(button).query().getBoundsInLocal()));
            assertTrue(fx(() -> bounds.getMaxY() <= dialog.getScene().getHeight()),
                    () -> button + " at " + bounds + " in a dialog " + dialog.getScene().getHeight() + " high");
        }
        window.robot.interact(dialog::hide);
    }

    @Test
    @SuppressWarnings("unchecked")
    void articlesLeftOutForOneReasonAreSaidOnceAndTheMessageFitsAndClosesWithEscape() throws Exception {
        Path out = dir.resolve("claimreview");
        window.robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> showing("#exportDialog"));
        window.robot.interact(() -> {
            ((ComboBox<String>) window.robot.lookup("#exportFormat").query()).getSelectionModel()
                    .select("ClaimReview (schema.org JSON-LD)");
            window.robot.lookup("#exportScope-LIBRARY").queryAs(javafx.scene.control.RadioButton.class)
                    .setSelected(true);
            window.robot.lookup("#exportFolder").queryAs(TextField.class).setText(out.toString());
        });
        window.robot.clickOn("#exportRun");
        waitUntil(() -> showing("#exportDone"));
        int articles = fx(() -> window.library().getItems().size());
        String details = fx(() -> window.robot.lookup("#exportDone").queryAs(DialogPane.class).getContentText());
        // none of the articles has a verdict: one line for the reason, three titles, and how many more
        assertTrue(details.startsWith(articles + " articles not exported: "), details);
        assertEquals(5, details.lines().count(), details);
        assertTrue(details.endsWith("… and " + (articles - 3) + " more"), details);
        javafx.stage.Window done = fx(() -> window.robot.lookup("#exportDone").query().getScene().getWindow());
        assertTrue(fx(() -> done.getHeight() < 640), () -> "a message " + done.getHeight() + " high");
        window.robot.interact(() -> done.requestFocus());
        window.robot.type(KeyCode.ESCAPE);
        waitUntil(() -> fx(() -> !done.isShowing()));
        assertEquals(List.of(), files(out), "nothing written");
    }

    @Test
    void everyCaptionOfTheExportDialogIsShownWhole() throws Exception {
        window.robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> showing("#exportDialog"));
        List<String> captions = List.of("Format", "Articles", "Highlights", "Include", "Signed by", "To folder");
        // what the label draws: its skin's text node, which ends in "…" when the label is cut
        waitUntil(() -> fx(() -> window.robot.lookup("#exportDialog .label").queryAll().stream()
                .map(javafx.scene.control.Label.class::cast)
                .filter(label -> captions.contains(label.getText()))
                .map(label -> label.lookup(".text"))
                .filter(text -> text instanceof javafx.scene.text.Text)
                .map(text -> ((javafx.scene.text.Text) text).getText())
                .sorted().toList().equals(captions.stream().sorted().toList())));
        window.robot.interact(() -> ((javafx.scene.control.DialogPane) window.robot.lookup("#exportDialog")
                .query()).getScene().getWindow().hide());
    }

    @Test
    void aMissingFolderIsSaidInTheDialogAndNothingIsWritten() throws Exception {
        window.robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> showing("#exportDialog"));
        window.robot.interact(() -> window.robot.lookup("#exportFolder").queryAs(TextField.class).setText(" "));
        window.robot.clickOn("#exportRun");

        waitUntil(() -> fx(() -> window.robot.lookup("#exportProblem").queryAs(javafx.scene.control.Label.class)
                .getText()).equals("Choose the folder the files go to."));
        assertTrue(showing("#exportDialog"), "the dialog stays open");
    }

    @Test
    @SuppressWarnings("unchecked")
    void claimReviewTakesThePageTheReportWillBePublishedAtAndRefusesOneThatIsNotAWebPage() throws Exception {
        Path out = dir.resolve("reviews");
        Files.createDirectories(out);
        int start = window.quoteStart();
        window.robot.interact(() -> {
            window.area().requestFocus();
            window.area().selectRange(start, start + AppWindow.QUOTE.length());
        });
        window.robot.type(KeyCode.Q).type(KeyCode.V).type(KeyCode.DIGIT5); // a quote, checked as false
        waitUntil(() -> window.stylesAt(start).contains("sm-verdict-false"));

        window.robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> showing("#exportDialog"));
        assertTrue(fx(() -> !window.robot.lookup("#exportPublicationUrl").query().isVisible()), "HTML has no use for it");
        window.robot.interact(() -> {
            ((ComboBox<String>) window.robot.lookup("#exportFormat").query()).getSelectionModel()
                    .select("ClaimReview (schema.org JSON-LD)");
            window.robot.lookup("#exportFolder").queryAs(TextField.class).setText(out.toString());
        });
        waitUntil(() -> fx(() -> window.robot.lookup("#exportPublicationUrl").query().isVisible()));
        window.robot.clickOn("#exportPublicationUrl").write("javascript:alert(1)");
        window.robot.clickOn("#exportRun");
        waitUntil(() -> fx(() -> window.robot.lookup("#exportProblem").queryAs(javafx.scene.control.Label.class)
                .getText()).equals("“javascript:alert(1)” is not a web address: give the page the report will be "
                + "published at, such as https://example.org/checks/report.html."));
        assertEquals(List.of(), files(out), "nothing is written");

        window.robot.interact(() -> window.robot.lookup("#exportPublicationUrl").queryAs(TextField.class)
                .setText(" https://factdesk.example/checks/arms.html "));
        window.robot.clickOn("#exportRun");
        waitUntil(() -> files(out).size() == 1 && showing("#exportDone"));
        com.fasterxml.jackson.databind.JsonNode review = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(files(out).get(0).toFile()).get("@graph").get(0);
        assertEquals("ClaimReview", review.get("@type").asText());
        assertEquals("https://factdesk.example/checks/arms.html#statement-1", review.get("url").asText());
    }

    @Test
    void importingAnExportBackShowsTheMergeReport() throws Exception {
        Path w3c = dir.resolve("w3c");
        Files.createDirectories(w3c);
        long articleId = fx(() -> window.app.workspace().selection().articleId());
        try (Project project = Project.open(window.project)) {
            new ExportService(project).export(new ExportChoice(ExportChoice.Format.W3C, List.of(articleId), w3c,
                    false, false, EnumSet.allOf(Kind.class), true, true, true, false, null, null, null),
                    ImportProgress.NONE, () -> false);
        }

        List<Path> exported = files(w3c);
        window.robot.interact(() -> window.app.exports().importAnnotations(exported));

        waitUntil(() -> showing("#mergeReport"));
        String report = fx(() -> window.robot.lookup("#mergeReport").queryAs(TextArea.class).getText());
        assertTrue(report.startsWith("Articles: 0 added, 1 merged into those of the project\n"), report);
        assertTrue(report.contains("\nAnnotations: 0 added, 0 already there, 0 updated"), report);
    }

    private static String withoutReportTime(String markdown) {
        return markdown.replaceFirst("\nReport of [^,\n]*(, [0-9:]+)?", "\nReport of (time)");
    }

}
