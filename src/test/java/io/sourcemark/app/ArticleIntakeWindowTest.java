package io.sourcemark.app;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.Toolkit;
import io.sourcemark.model.ArticleSummary;
import io.sourcemark.service.LocalPages;
import javafx.event.Event;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.sourcemark.app.AppWindow.fx;
import static io.sourcemark.app.AppWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Articles that come in by the clipboard and by a drop on the window, and where each came from. */
class ArticleIntakeWindowTest {

    private static final String PASTED = "Harbour workers in Gdynia ended a two-week strike on Tuesday, the union "
            + "said.\n\n“We got what we asked for,” the union leader, Anna Nowak, told reporters.\n";

    @TempDir
    Path dir;
    AppWindow window;

    @BeforeEach
    void open() throws Exception {
        window = new AppWindow(dir.resolve("intake.sourcemark"), dir.resolve("config")).launch();
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @SuppressWarnings("unchecked")
    private List<String> libraryTitles() throws Exception {
        return fx(() -> ((ListView<ArticleSummary>) window.library()).getItems().stream()
                .map(ArticleSummary::title).toList());
    }

    private String provenanceLine() throws Exception {
        return fx(() -> window.robot.lookup("#provenanceLine").queryAs(Label.class).getText());
    }

    @Test
    void pasteAsArticleMakesAnArticleOfTheClipboardsText() throws Exception {
        int before = libraryTitles().size();
        window.robot.interact(() -> javafx.scene.input.Clipboard.getSystemClipboard()
                .setContent(Map.of(DataFormat.PLAIN_TEXT, PASTED)));

        window.robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT,
                KeyCode.CONTROL);

        waitUntil(() -> fx(() -> window.area().getText()).equals(PASTED));
        waitUntil(() -> libraryTitles().size() == before + 1);
        assertTrue(window.title().startsWith("Harbour workers in Gdynia ended a two-week strike"), window.title());
        waitUntil(() -> provenanceLine().startsWith("Plain text (UTF-8) from the clipboard · "));
        assertEquals("Undo: Paste as article", fx(() -> window.app.workspace().history().undoTextProperty().get()));
    }

    @Test
    void dropOfTwoFilesImportsBothAsOneStep() throws Exception {
        Path harbour = Files.writeString(dir.resolve("harbour.txt"), "Title: Harbour volumes at a record\n\n"
                + "The harbour authority said on Friday that cargo volumes rose by 12 percent last year.\n");
        Path page = Files.writeString(dir.resolve("mill.html"), "<html><head><title>Mill to close</title></head>"
                + "<body><article><h1>Mill to close</h1><p>The paper mill in Kemi will close in March, its owner "
                + "said on Monday, and 300 people will lose their jobs.</p></article></body></html>");
        int before = libraryTitles().size();

        window.robot.interact(() -> {
            Dragboard board = DragboardHelper.createDragboard(Toolkit.getToolkit().createLocalClipboard());
            DragboardHelper.setDataAccessRestriction(board, false);
            ClipboardContent files = new ClipboardContent();
            files.putFiles(List.<File>of(harbour.toFile(), page.toFile()));
            board.setContent(files);
            Event.fireEvent(window.app.stage().getScene().getRoot(), new DragEvent(DragEvent.DRAG_DROPPED, board,
                    200, 200, 200, 200, TransferMode.COPY, null, null, null));
        });

        waitUntil(() -> libraryTitles().size() == before + 2);
        assertTrue(libraryTitles().containsAll(List.of("Harbour volumes at a record", "Mill to close")));
        waitUntil(() -> window.title().equals("Harbour volumes at a record"));
        waitUntil(() -> provenanceLine().startsWith("Plain text (UTF-8) from harbour.txt · "));
        assertEquals("Undo: Import 2 files", fx(() -> window.app.workspace().history().undoTextProperty().get()));
    }

    @Test
    void anAddressTypedInTheWebDialogIsFetchedAndAMissingPageIsExplained() throws Exception {
        byte[] page = ("<html><head><title>Mill to close</title></head><body><article><h1>Mill to close</h1><p>The "
                + "paper mill in Kemi will close in March, its owner said on Monday, and 300 people will lose their "
                + "jobs.</p></article></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (LocalPages pages = LocalPages.start().serve("/mill.html", 200, "text/html; charset=utf-8", page)
                .serve("/gone.html", 404, "text/html", new byte[0])) {
            window.robot.interact(() -> new FileActions(window.app).importFromWeb());
            waitUntil(() -> fx(() -> window.robot.lookup("#webAddress").tryQuery().isPresent()));
            window.robot.interact(() -> window.robot.lookup("#webAddress").queryAs(javafx.scene.control.TextField.class)
                    .setText(pages.url("/mill.html")));
            window.robot.type(KeyCode.ENTER);

            waitUntil(() -> window.title().equals("Mill to close"));
            waitUntil(() -> provenanceLine().startsWith("Web page (UTF-8) fetched from " + pages.url("/mill.html")
                    + " on "));

            window.robot.interact(() -> new FileActions(window.app).importDropped(List.of(),
                    List.of(pages.url("/gone.html"))));
            waitUntil(() -> fx(() -> window.robot.lookup("#importRefusals").tryQuery().isPresent()));
            // the address once, not once before the message that names it
            assertEquals(pages.url("/gone.html") + " could not be fetched: the server answered 404 (not found).",
                    fx(() -> window.robot.lookup("#importRefusals").queryAs(javafx.scene.control.DialogPane.class)
                            .getContentText()));
            assertEquals("Imported 0 articles, 1 refused", fx(() -> window.app.workspace().status().textProperty()
                    .get()), "nothing was saved");
        }
    }
}
