package io.sourcemark.app;

import io.sourcemark.model.ArticleSummary;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.sourcemark.app.AppWindow.fx;
import static io.sourcemark.app.AppWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Editing an article's details and deleting an article from the Edit menu, then undoing. */
class ArticleDetailsWindowTest {

    @TempDir
    Path dir;
    AppWindow window;

    @BeforeEach
    void openTheFirstRunProject() throws Exception {
        window = new AppWindow(dir.resolve("details.sourcemark"), dir.resolve("config")).launch();
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        window.close();
    }

    private void choose(String itemId) throws Exception {
        MenuItem item = fx(() -> window.robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> itemId.equals(i.getId())).findFirst()
                .orElseThrow());
        Platform.runLater(item::fire); // the dialog waits in a loop of its own
    }

    private Node defaultButton(String fieldId) throws Exception {
        return fx(() -> window.robot.lookup("#" + fieldId).queryAs(Node.class).getScene().lookup(".dialog-pane")
                .lookupAll(".button").stream().filter(b -> ((Button) b).isDefaultButton()).findFirst()
                .orElseThrow());
    }

    private void set(String id, String text) {
        window.robot.interact(() -> window.robot.lookup("#" + id).queryAs(TextField.class).setText(text));
    }

    @Test
    void theDialogsTakeTheKeyboardInTheirFirstFieldSoThatNothingTypedReachesTheArticle() throws Exception {
        int annotations = fx(() -> window.app.workspace().reader().open().annotations().size());
        choose("preferences");
        waitUntil(() -> window.robot.lookup("#preferencesReviewer").tryQuery().isPresent());
        waitUntil(() -> fx(() -> window.robot.lookup("#preferencesReviewer").queryAs(TextField.class).isFocused()));
        // typed at once, as an analyst does: every letter goes to the field, Enter gives OK
        window.robot.targetWindow(fx(() -> window.robot.lookup("#preferencesReviewer").queryAs(TextField.class)
                .getScene().getWindow()));
        window.robot.write("Ana Lyst");
        window.robot.type(KeyCode.ENTER);
        waitUntil(() -> fx(() -> "Ana Lyst".equals(window.app.workspace().preferences().reviewer())));
        assertEquals(annotations, fx(() -> window.app.workspace().reader().open().annotations().size()));

        choose("editArticleDetails");
        waitUntil(() -> window.robot.lookup("#detailsTitle").tryQuery().isPresent());
        waitUntil(() -> fx(() -> window.robot.lookup("#detailsTitle").queryAs(TextField.class).isFocused()));
        window.robot.interact(() -> { });
        assertTrue(fx(() -> window.robot.lookup("#detailsTitle").queryAs(TextField.class).isFocused()),
                "still in the title a frame later");
        window.robot.type(KeyCode.ESCAPE);
    }

    @Test
    void editsTheDetailsRefusingADateThatIsNotYearMonthDayThenUndo() throws Exception {
        String before = window.title();
        long open = fx(() -> window.app.workspace().selection().articleId());
        choose("editArticleDetails");
        waitUntil(() -> window.robot.lookup("#detailsTitle").tryQuery().isPresent());
        set("detailsTitle", "White House warns North Korea against arming Russia");
        set("detailsDate", "5 Sept 2023");
        waitUntil(() -> fx(() -> window.robot.lookup("#detailsProblem").queryAs(Label.class).isVisible()));
        assertEquals("Write the date as year-month-day, such as 2023-09-05.",
                fx(() -> window.robot.lookup("#detailsProblem").queryAs(Label.class).getText()));
        Node ok = defaultButton("detailsTitle");
        assertTrue(fx(ok::isDisabled));

        set("detailsDate", "2023-09-06");
        set("detailsLicense", "© 2023 AFP");
        window.robot.interact(() -> ((Button) ok).fire());

        waitUntil(() -> window.title().equals("White House warns North Korea against arming Russia"));
        assertTrue(fx(() -> window.robot.lookup("#articleMeta").queryAs(Label.class).getText()
                .contains("2023-09-06")));
        waitUntil(() -> fx(() -> window.library().getItems().stream().map(ArticleSummary.class::cast)
                .anyMatch(a -> a.title().equals("White House warns North Korea against arming Russia"))));
        assertEquals("© 2023 AFP", fx(() -> window.app.workspace().selection().article().meta().license()));
        // the retitled row moves in the library: the article stays open
        assertEquals(open, (long) fx(() -> window.app.workspace().selection().articleId()));

        window.robot.interact(() -> window.area().requestFocus());
        window.robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> window.title().equals(before));
    }

    @Test
    void deletesTheOpenArticleAfterAskingAndUndoBringsItBack() throws Exception {
        int articles = fx(() -> window.library().getItems().size());
        long deleted = fx(() -> window.app.workspace().selection().articleId());

        choose("deleteArticle");
        waitUntil(() -> window.robot.lookup("#confirmDelete").tryQuery().isPresent());
        window.robot.clickOn("#confirmDelete");

        waitUntil(() -> fx(() -> window.library().getItems().size() == articles - 1
                && window.app.workspace().selection().articleId() != deleted
                && window.app.workspace().selection().articleId() != 0));
        assertEquals(articles - 1, window.app.session().articles().count());

        window.robot.interact(() -> window.area().requestFocus());
        window.robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> fx(() -> window.library().getItems().size() == articles));
        assertTrue(window.app.session().articles().article(deleted).isPresent());
        // undo goes back to where the change was, as for any other change: the article brought back is open
        waitUntil(() -> fx(() -> window.app.workspace().selection().articleId() == deleted
                && window.area().getText().equals(window.app.workspace().selection().article().body())));

        window.robot.interact(() -> window.app.workspace().edits().redo());
        waitUntil(() -> fx(() -> window.library().getItems().size() == articles - 1));
        assertTrue(window.app.session().articles().article(deleted).isEmpty());
        waitUntil(() -> fx(() -> window.app.workspace().selection().articleId() == 0
                && window.area().getLength() == 0)); // deleted again, the article is no longer shown
    }

    @Test
    void enterOnTheDeleteQuestionKeepsTheArticle() throws Exception {
        int articles = fx(() -> window.library().getItems().size());
        long open = fx(() -> window.app.workspace().selection().articleId());

        choose("deleteArticle");
        waitUntil(() -> window.robot.lookup("#confirmDelete").tryQuery().isPresent());
        assertFalse(fx(() -> ((Button) window.robot.lookup("#confirmDelete").query()).isDefaultButton()));
        window.robot.type(KeyCode.ENTER);

        waitUntil(() -> window.robot.lookup("#confirmDelete").tryQuery().isEmpty());
        assertEquals(articles, window.app.session().articles().count());
        assertTrue(window.app.session().articles().article(open).isPresent());
        assertEquals(open, (long) fx(() -> window.app.workspace().selection().articleId()));
    }
}
