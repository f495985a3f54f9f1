package io.sourcemark.app;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.TextRange;
import javafx.geometry.Bounds;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.sourcemark.app.AppWindow.QUOTE;
import static io.sourcemark.app.AppWindow.fx;
import static io.sourcemark.app.AppWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the real window as an analyst would, on a project file in a temporary folder. */
class ReaderWindowTest {

    private static final String QUOTE_STYLE = "sm-direct-quote";

    @TempDir
    Path dir;
    AppWindow window;

    @BeforeEach
    void openTheFirstRunProject() throws Exception {
        window = new AppWindow(dir.resolve("reader.sourcemark"), dir.resolve("config")).launch();
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        window.close();
    }

    @Test
    void firstRunImportsTheSamplesAndOpensTheAfpArticle() throws Exception {
        assertTrue(window.title().contains("North Korea"), window.title());
        assertTrue(fx(() -> window.library().getItems().size()) >= 10);
        assertTrue(fx(() -> window.statements().getItems().isEmpty()));
    }

    /** Selects exactly the quoted words and presses Q; returns their range once it is drawn and saved. */
    private TextRange markTheQuoteWithQ() throws Exception {
        int start = window.quoteStart();
        int end = start + QUOTE.length();
        window.robot.interact(() -> {
            window.area().requestFocus();
            window.area().selectRange(start, end);
        });
        window.robot.type(KeyCode.Q);
        waitUntil(() -> window.styledExactly(start, end, QUOTE_STYLE));
        return new TextRange(start, end);
    }

    @Test
    void pressingQMarksTheSelectionAsADirectQuoteThatSurvivesAReopening() throws Exception {
        TextRange range = markTheQuoteWithQ();

        List<Annotation> rows = window.rows();
        assertEquals(1, rows.size());
        assertEquals(Kind.DIRECT_QUOTE, rows.get(0).kind());
        assertEquals(Origin.MANUAL, rows.get(0).origin());
        assertEquals(range, rows.get(0).range());
        assertEquals(QUOTE, rows.get(0).exact());
        assertEquals(List.of(QUOTE), fx(() -> window.statements().getItems().stream().map(Annotation::exact).toList()));
        assertTrue(fx(() -> window.robot.lookup("#statusMessage").queryAs(javafx.scene.control.Label.class).getText()).startsWith("Saved"));

        window.close();
        window.launch();
        assertTrue(window.styledExactly(range.start(), range.end(), QUOTE_STYLE));
        assertEquals(List.of(QUOTE), fx(() -> window.statements().getItems().stream().map(Annotation::exact).toList()));
    }

    @Test
    void deleteRemovesTheSelectedHighlightForGood() throws Exception {
        TextRange range = markTheQuoteWithQ();
        window.robot.clickOn(window.robot.lookup("#statementList .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitUntil(() -> window.stylesAt(range.start()).contains("sm-selected"));

        window.robot.type(KeyCode.DELETE);
        waitUntil(() -> !window.stylesAt(range.start()).contains(QUOTE_STYLE));
        assertEquals(List.of(), window.rows());
        assertTrue(fx(() -> window.statements().getItems().isEmpty()));

        window.close();
        window.launch();
        assertFalse(window.stylesAt(range.start()).contains(QUOTE_STYLE));
        assertEquals(List.of(), window.rows());
    }

    @Test
    void ctrlZBringsBackADeletedHighlightAndRedoRemovesItAgain() throws Exception {
        TextRange range = markTheQuoteWithQ();
        window.robot.clickOn(window.robot.lookup("#statementList .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        window.robot.type(KeyCode.DELETE);
        waitUntil(() -> window.rows().isEmpty());
        waitUntil(() -> !window.stylesAt(range.start()).contains(QUOTE_STYLE));

        window.robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> window.styledExactly(range.start(), range.end(), QUOTE_STYLE));
        List<Annotation> rows = window.rows();
        assertEquals(1, rows.size());
        assertEquals(range, rows.get(0).range());
        assertEquals(Kind.DIRECT_QUOTE, rows.get(0).kind());
        assertEquals(List.of(QUOTE), fx(() -> window.statements().getItems().stream().map(Annotation::exact).toList()));

        // the same keys work with the keyboard in the article, where the text area has keys of its own
        window.robot.interact(() -> window.area().requestFocus());
        window.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> window.rows().isEmpty());
        window.robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> window.rows().size() == 1);
        window.robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        waitUntil(() -> window.rows().isEmpty());
        waitUntil(() -> !window.stylesAt(range.start()).contains(QUOTE_STYLE));
    }

    @Test
    void clickingAHighlightSelectsItInTheListAndTheInspector() throws Exception {
        TextRange range = markTheQuoteWithQ();
        window.robot.interact(() -> window.area().selectRange(0, 0));
        Bounds bounds = fx(() -> window.area().getCharacterBoundsOnScreen(range.start() + 2, range.start() + 3)
                .orElseThrow());
        window.robot.clickOn(bounds.getCenterX(), bounds.getCenterY());
        waitUntil(() -> fx(() -> window.statements().getSelectionModel().getSelectedItem() != null));
        assertEquals(QUOTE, fx(() -> window.statements().getSelectionModel().getSelectedItem().exact()));
        assertEquals(Kind.DIRECT_QUOTE, fx(() -> inspectorKind().getValue()));
        assertTrue(window.styledExactly(range.start(), range.end(), "sm-selected"));
    }

    @Test
    void theInspectorNamesAMixedQuoteAsTheListDoes() throws Exception {
        TextRange range = markTheQuoteWithQ();
        waitUntil(() -> fx(() -> window.app.workspace().selection().annotation() != null));
        Annotation quote = fx(() -> window.app.workspace().selection().annotation());
        // reported speech quoting some of its words: an indirect quote with a quoted piece
        Annotation mixed = quote.withKind(Kind.INDIRECT_QUOTE)
                .withPieces(List.of(new TextRange(range.start() + 1, range.end() - 1)));
        window.robot.interact(() -> window.app.workspace().selection().annotationProperty().set(mixed));
        javafx.scene.control.ListCell<?> button = fx(() -> (javafx.scene.control.ListCell<?>) inspectorKind()
                .getButtonCell());
        waitUntil(() -> fx(() -> "Mixed quote".equals(button.getText())));
        assertEquals("Mixed quote", io.sourcemark.ui.Names.title(mixed), "as the statements list names it");

        window.robot.interact(() -> window.app.workspace().selection().annotationProperty()
                .set(mixed.withPieces(List.of())));
        waitUntil(() -> fx(() -> "Indirect quote".equals(button.getText())));
    }

    @Test
    void turningALayerOffHidesItsHighlightsButKeepsThem() throws Exception {
        TextRange range = markTheQuoteWithQ();
        window.robot.clickOn(window.robot.lookup("#legend-direct-quotes").queryAs(CheckBox.class));
        waitUntil(() -> !window.stylesAt(range.start()).contains(QUOTE_STYLE));
        assertEquals(1, window.rows().size());

        window.robot.clickOn(window.robot.lookup("#legend-direct-quotes").queryAs(CheckBox.class));
        waitUntil(() -> window.styledExactly(range.start(), range.end(), QUOTE_STYLE));
    }

    @Test
    void changingTheKindInTheInspectorRedrawsAndSavesIt() throws Exception {
        TextRange range = markTheQuoteWithQ();
        window.robot.clickOn(window.robot.lookup("#statementList .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitUntil(() -> fx(() -> inspectorKind().getValue() == Kind.DIRECT_QUOTE));

        window.robot.interact(() -> inspectorKind().setValue(Kind.CLAIM));
        waitUntil(() -> window.styledExactly(range.start(), range.end(), "sm-claim"));
        assertFalse(window.stylesAt(range.start()).contains(QUOTE_STYLE));
        List<Annotation> rows = window.rows();
        assertEquals(1, rows.size());
        assertEquals(Kind.CLAIM, rows.get(0).kind());
        assertEquals(range, rows.get(0).range());
    }

    @Test
    void theKindBoxsArrowsMoveThroughTheKindsWithoutChangingOneUntilEnter() throws Exception {
        TextRange range = markTheQuoteWithQ();
        long id = window.rows().get(0).id();
        waitUntil(() -> fx(() -> inspectorKind().getValue() == Kind.DIRECT_QUOTE));
        String undoBefore = fx(() -> window.app.session().history().undoLabel().orElseThrow());
        window.robot.interact(() -> inspectorKind().requestFocus());

        window.robot.type(KeyCode.DOWN);
        waitUntil(() -> fx(() -> inspectorKind().isShowing()));
        window.robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        window.robot.type(KeyCode.ESCAPE);
        waitUntil(() -> fx(() -> !inspectorKind().isShowing()));
        Thread.sleep(300);
        assertEquals(Kind.DIRECT_QUOTE, window.rows().get(0).kind(), "moved through and left, the kind stays");
        assertEquals(Kind.DIRECT_QUOTE, fx(() -> inspectorKind().getValue()), "and the box says so");
        assertEquals(undoBefore, fx(() -> window.app.session().history().undoLabel().orElseThrow()));

        List<Kind> kinds = fx(() -> List.copyOf(inspectorKind().getItems()));
        Kind next = kinds.get(kinds.indexOf(Kind.DIRECT_QUOTE) + 1);
        window.robot.type(KeyCode.DOWN);
        waitUntil(() -> fx(() -> inspectorKind().isShowing()));
        window.robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> window.rows().get(0).kind() == next);
        assertEquals(id, window.rows().get(0).id());
        assertEquals(range, window.rows().get(0).range());
        window.robot.interact(() -> window.app.workspace().edits().undo());
        waitUntil(() -> window.rows().get(0).kind() == Kind.DIRECT_QUOTE); // one step, not one per arrow
    }

    @Test
    void aFileThatIsNotAProjectIsRefusedAndTheCurrentProjectStays() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.sourcemark"), "These are notes, not a project.\n");
        String title = window.title();
        window.robot.interact(() -> new FileActions(window.app).openProject(notes));
        waitUntil(() -> !window.robot.lookup(".dialog-pane").queryAll().isEmpty());
        DialogPane dialog = window.robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(fx(dialog::getHeaderText).contains("notes.sourcemark"));
        assertFalse(fx(dialog::getContentText).isBlank());
        window.robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());

        assertEquals("These are notes, not a project.\n", Files.readString(notes));
        assertEquals(title, window.title());
        assertEquals(window.project, fx(() -> window.app.session().file()));
    }

    @Test
    void theWindowsPlaceAndSizeAreRememberedForTheNextRun() throws Exception {
        javafx.stage.Stage stage = fx(() -> window.app.stage());
        window.robot.interact(() -> {
            stage.setX(24);
            stage.setY(18);
            stage.setWidth(1100);
            stage.setHeight(720);
        });

        window.close();
        String settings = Files.readString(window.configDir.resolve("settings.json"));
        assertTrue(settings.contains("\"width\" : 1100.0") && settings.contains("\"height\" : 720.0"), settings);
        // the same stage serves every run of the tests: set apart, it must be put back by the next run
        window.robot.interact(() -> {
            stage.setX(300);
            stage.setWidth(900);
            stage.setHeight(600);
        });
        window.launch();
        assertEquals(List.of(24.0, 18.0, 1100.0, 720.0), fx(() -> List.of(window.app.stage().getX(),
                window.app.stage().getY(), window.app.stage().getWidth(), window.app.stage().getHeight())));

        // maximized at exit: it opens maximized, and un-maximized it has the size it had before, not the screen's
        window.robot.interact(() -> window.app.stage().setMaximized(true));
        window.close();
        settings = Files.readString(window.configDir.resolve("settings.json"));
        assertTrue(settings.contains("\"width\" : 1100.0") && settings.contains("\"maximized\" : true"), settings);
        window.robot.interact(() -> stage.setMaximized(false));
        window.launch();
        assertTrue(fx(() -> window.app.stage().isMaximized()));
        window.robot.interact(() -> window.app.stage().setMaximized(false));
    }

    @Test
    void thePanesAreWhereTheAnalystLeftThemInTheNextRun() throws Exception {
        List<Double> before = fx(() -> window.app.view().dividers());
        List<Double> moved = List.of(0.15, 0.58, 0.7);
        assertFalse(near(before, moved), before.toString());
        window.robot.interact(() -> window.app.view().useDividers(moved));

        window.close();
        String settings = Files.readString(window.configDir.resolve("settings.json"));
        assertTrue(settings.contains("\"dividers\" : [ 0.15, 0.58, 0.7 ]"), settings);
        window.launch();
        List<Double> after = fx(() -> window.app.view().dividers());
        assertTrue(near(after, moved), after.toString());
        window.robot.interact(() -> window.app.view().useDividers(before)); // the next test's window as it was
    }

    private static boolean near(List<Double> a, List<Double> b) {
        for (int i = 0; i < a.size(); i++) {
            if (Math.abs(a.get(i) - b.get(i)) > 0.01) {
                return false;
            }
        }
        return a.size() == b.size();
    }

    @Test
    void switchingTheThemeKeepsTheArticleWhereTheReaderHasItToThePixel() throws Exception {
        // part-way into the fourth paragraph, as scrolling leaves it: the place is not a paragraph's top
        window.robot.interact(() -> window.area().returnTo(new io.sourcemark.ui.reader.ArticleArea.ReadingPlace(3,
                -17)));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        io.sourcemark.ui.reader.ArticleArea.ReadingPlace before = fx(() -> window.area().readingPlace());
        assertEquals(3, before.paragraph());
        assertEquals(-17, before.top(), 1.0);

        window.robot.clickOn("#themeToggle");
        waitUntil(() -> fx(() -> window.area().getScene().getRoot().getStyleClass().contains("sm-dark")));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        io.sourcemark.ui.reader.ArticleArea.ReadingPlace after = fx(() -> window.area().readingPlace());
        assertEquals(before.paragraph(), after.paragraph(), after.toString());
        assertEquals(before.top(), after.top(), 1.0, after.toString());
        window.robot.clickOn("#themeToggle");
        waitUntil(() -> fx(() -> !window.area().getScene().getRoot().getStyleClass().contains("sm-dark")));
    }

    @Test
    void theZoomAndTheThemeAreRememberedForTheNextRun() throws Exception {
        window.robot.interact(() -> window.area().requestFocus());
        window.robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        waitUntil(() -> fx(() -> window.area().getStyleClass().contains("sm-zoom-110")));
        window.robot.clickOn("#themeToggle");
        waitUntil(() -> fx(() -> window.area().getScene().getRoot().getStyleClass().contains("sm-dark")));
        assertTrue(fx(javafx.application.Application::getUserAgentStylesheet).contains("primer-dark"));

        window.close();
        window.launch();
        assertTrue(fx(() -> window.area().getStyleClass().contains("sm-zoom-110")));
        assertTrue(fx(() -> window.area().getScene().getRoot().getStyleClass().contains("sm-dark")));
        assertTrue(fx(javafx.application.Application::getUserAgentStylesheet).contains("primer-dark"));
        String settings = Files.readString(window.configDir.resolve("settings.json"));
        assertTrue(settings.contains("\"zoom\" : 110") && settings.contains("\"dark\" : true"), settings);

        // The second window's view was built beside "Opening…", off the FX thread: it still follows the settings
        // it binds to when shown (the theme both ways, the recent projects).
        assertTrue(fx(() -> window.app.firstViewBuiltBesideTheWindow()));
        assertTrue(fx(() -> themeItem("Dark theme").isSelected()));
        assertFalse(fx(() -> themeItem("Light theme").isSelected()));
        window.robot.clickOn("#themeToggle");
        waitUntil(() -> fx(() -> !window.area().getScene().getRoot().getStyleClass().contains("sm-dark")));
        assertTrue(fx(() -> themeItem("Light theme").isSelected()));
        assertTrue(fx(javafx.application.Application::getUserAgentStylesheet).contains("primer-light"));
        assertEquals(List.of(window.project.toString()), fx(() -> menu("File").getItems().stream()
                .filter(i -> "recentProjects".equals(i.getId())).findFirst().map(i -> ((Menu) i).getItems()
                        .stream().map(MenuItem::getText).toList()).orElseThrow()));
    }

    private Menu menu(String name) {
        return window.robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> m.getText().replace("_", "").equals(name)).findFirst().orElseThrow();
    }

    private RadioMenuItem themeItem(String text) {
        return menu("View").getItems().stream().filter(i -> text.equals(i.getText()))
                .map(RadioMenuItem.class::cast).findFirst().orElseThrow();
    }

    @Test
    void altAndAMenusLetterOpensIt() throws Exception {
        window.robot.interact(() -> window.area().requestFocus());
        window.robot.press(KeyCode.ALT).type(KeyCode.E).release(KeyCode.ALT);
        waitUntil(() -> fx(() -> menu("Edit").isShowing()));
        window.robot.type(KeyCode.ESCAPE);
        waitUntil(() -> fx(() -> !menu("Edit").isShowing()));
        window.robot.interact(() -> window.area().requestFocus());
        window.robot.press(KeyCode.ALT).type(KeyCode.R).release(KeyCode.ALT);
        waitUntil(() -> fx(() -> menu("Verify").isShowing()));
        window.robot.type(KeyCode.ESCAPE);
    }

    @Test
    void pickingAStatementInTheListScrollsTheArticleToIt() throws Exception {
        String body = fx(() -> window.area().getText());
        int start = body.indexOf("68 countries");
        int end = start + "68 countries".length();
        window.robot.interact(() -> {
            window.area().requestFocus();
            window.area().selectRange(start, end);
        });
        window.robot.type(KeyCode.C);
        waitUntil(() -> window.styledExactly(start, end, "sm-claim"));
        int paragraph = fx(() -> window.area().offsetToPosition(start,
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor());
        window.robot.interact(() -> window.area().showParagraphAtTop(0));
        waitUntil(() -> fx(() -> window.area().lastVisibleParToAllParIndex() < paragraph));

        window.robot.clickOn(window.robot.lookup("#statementList .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitUntil(() -> fx(() -> window.area().firstVisibleParToAllParIndex() <= paragraph
                && window.area().lastVisibleParToAllParIndex() >= paragraph));
        assertTrue(window.styledExactly(start, end, "sm-selected"));
    }

    @Test
    void markingTextInTheMiddleOfTheArticleLeavesTheTextWhereTheReaderHasIt() throws Exception {
        String body = fx(() -> window.area().getText());
        // scrolled down by four paragraphs and half a line, as a reader's wheel leaves it
        window.robot.interact(() -> window.area().showParagraphAtTop(4));
        window.robot.interact(() -> window.area().scrollYBy(7));
        waitUntil(() -> fx(() -> window.area().firstVisibleParToAllParIndex() == 4));
        double before = fx(() -> top(4));
        // the last words of the paragraph at the top, whose first line is cut by the edge: it is drawn again
        int paragraphStart = fx(() -> window.area().getAbsolutePosition(4, window.area().getParagraph(4).length()
                - 20));
        String words = body.substring(paragraphStart, paragraphStart + 20);
        window.robot.interact(() -> {
            window.area().requestFocus();
            window.area().selectRange(paragraphStart, paragraphStart + words.length());
        });
        window.robot.type(KeyCode.C);
        waitUntil(() -> fx(() -> window.app.workspace().selection().annotation() != null
                && window.app.workspace().selection().annotation().kind() == Kind.CLAIM
                && window.app.workspace().selection().annotation().range().start() == paragraphStart));
        waitUntil(() -> window.stylesAt(paragraphStart).contains("sm-claim"));
        window.robot.interact(() -> { });

        assertEquals(4, fx(() -> window.area().firstVisibleParToAllParIndex()), "the same paragraph at the top");
        assertEquals(before, fx(() -> top(4)), 0.5, "at the same height");
    }

    /** Where paragraph {@code index} starts on screen, relative to the article's top edge. */
    private double top(int index) {
        window.area().layout();
        return window.area().getParagraphBoundsOnScreen(index).orElseThrow().getMinY()
                - window.area().localToScreen(window.area().getLayoutBounds()).getMinY();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Kind> inspectorKind() {
        return window.robot.lookup("#inspectorKind").queryAs(ComboBox.class);
    }
}
