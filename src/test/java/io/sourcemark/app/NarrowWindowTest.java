package io.sourcemark.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.sourcemark.app.AppWindow.fx;
import static io.sourcemark.app.AppWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window on a small laptop's screen, 1024 by 700: every button says its words, the article has room. */
class NarrowWindowTest {

    @TempDir
    Path dir;
    AppWindow window;

    @BeforeEach
    void openTheFirstRunProjectInASmallWindow() throws Exception {
        // with the engine's suggestions, so that the statements list has long quotes in it
        window = new AppWindow(dir.resolve("narrow.sourcemark"), dir.resolve("config"), true).launch();
        waitUntil(() -> fx(() -> window.statements().getItems().size() >= 10));
        window.robot.interact(() -> {
            window.area().getScene().getWindow().setWidth(1024);
            window.area().getScene().getWindow().setHeight(700);
        });
        waitUntil(() -> fx(() -> window.area().getScene().getWidth() <= 1024));
        window.robot.interact(() -> window.area().requestFocus());
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        window.close();
    }

    /** The words a button or label shows: its text, or that text cut to "…" when it has too little room. */
    private static String shown(Labeled labeled) {
        Node text = labeled.lookup(".text");
        return text instanceof Text t ? t.getText() : labeled.getText();
    }

    @Test
    void theButtonsAndChoicesKeepTheirWordsAndTheTitleItsThreeLines() throws Exception {
        window.robot.type(KeyCode.J); // a statement chosen: the inspector shows its speaker's buttons too
        waitUntil(() -> fx(() -> window.app.workspace().selection().annotation() != null));
        window.robot.interact(() -> { }); // one more pulse, for the inspector's layout
        for (String id : List.of("#searchInArticle", "#searchInLibrary", "#findPrevious", "#findNext",
                "#statementsByVerdict", "#statementsMostCheckWorthyFirst", "#speakerFromMention")) {
            Labeled labeled = fx(() -> window.robot.lookup(id).queryAs(Labeled.class));
            assertEquals(fx(labeled::getText), fx(() -> shown(labeled)), id);
        }
        Label title = fx(() -> window.robot.lookup("#articleTitle").queryAs(Label.class));
        double line = fx(() -> title.getFont().getSize() * 1.4);
        assertTrue(fx(title::getHeight) <= Math.ceil(line * 3) + 0.5, () -> "the title is " + title.getHeight()
                + " pixels tall");
        assertEquals(fx(title::getText), fx(() -> title.getTooltip().getText()), "the tooltip says it whole");
    }

    @Test
    void theFindCountStaysWholeBesideItsButtons() throws Exception {
        window.robot.interact(() -> window.area().getScene().getWindow().setWidth(1000));
        waitUntil(() -> fx(() -> window.area().getScene().getWidth() <= 1000));
        window.robot.interact(() -> window.robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class)
                .setText("north korea"));
        Label count = fx(() -> window.robot.lookup("#findCount").queryAs(Label.class));
        waitUntil(() -> fx(() -> count.getText().endsWith(" in the article") || count.getText().contains(" of ")));
        window.robot.interact(() -> { });
        assertEquals(fx(count::getText), fx(() -> shown(count)), "not cut to …");
        // inside the article's column, whose text area is as wide as it
        double right = fx(() -> count.localToScene(count.getBoundsInLocal()).getMaxX());
        double column = fx(() -> window.area().getParent().localToScene(window.area().getParent().getLayoutBounds())
                .getMaxX());
        assertTrue(right <= column + 0.5, () -> "the count ends at " + right + ", the article's column at " + column);
    }

    @Test
    void theStatementChosenWithJIsWhollyInTheListOrItsTopAtTheTopWhenTallerThanTheList() throws Exception {
        ListView<?> list = fx(window::statements);
        int before = -1;
        for (int i = 0; i < 8; i++) {
            window.robot.type(KeyCode.J);
            int previous = before;
            waitUntil(() -> fx(() -> list.getSelectionModel().getSelectedIndex() > previous));
            int expected = fx(() -> list.getSelectionModel().getSelectedIndex());
            before = expected;
            window.robot.interact(() -> { });
            ListCell<?> cell = fx(() -> list.lookupAll(".list-cell").stream().map(n -> (ListCell<?>) n)
                    .filter(c -> c.getIndex() == expected && c.isVisible()).findFirst().orElseThrow());
            Node flow = fx(() -> list.lookup(".clipped-container"));
            Bounds row = fx(() -> cell.localToScene(cell.getLayoutBounds()));
            Bounds view = fx(() -> flow.localToScene(flow.getLayoutBounds()));
            // a row taller than the list shows its top at the list's top
            boolean tall = row.getHeight() > view.getHeight();
            assertTrue(tall ? Math.abs(row.getMinY() - view.getMinY()) <= 0.5
                    : row.getMinY() >= view.getMinY() - 0.5 && row.getMaxY() <= view.getMaxY() + 0.5,
                    () -> "row " + expected + " at " + row.getMinY() + "–" + row.getMaxY() + ", list "
                            + view.getMinY() + "–" + view.getMaxY());
        }
    }

    @Test
    void theStatisticsOfOneArticleCutItsLongTitleNotTheirButtons() throws Exception {
        window.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.G).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> window.robot.lookup("#statisticsArticle").tryQuery().isPresent());
        window.robot.clickOn("#statisticsArticle");
        Label heading = fx(() -> window.robot.lookup("#statisticsHeading").queryAs(Label.class));
        waitUntil(() -> fx(() -> !"The library".equals(heading.getText()) && !heading.getText().isEmpty()));
        window.robot.interact(() -> heading.getScene().getWindow().setWidth(640));
        window.robot.interact(() -> { });
        for (String id : List.of("#statisticsArticle", "#statisticsLibrary", "#statisticsRefresh")) {
            Labeled labeled = fx(() -> window.robot.lookup(id).queryAs(Labeled.class));
            assertEquals(fx(labeled::getText), fx(() -> shown(labeled)), id);
        }
        assertEquals(fx(heading::getText), fx(() -> heading.getTooltip().getText()), "the tooltip says it whole");
    }

    @Test
    void theSpeakerEditFormIsNotDrawnOverTheListAndItsSaveButtonComesIntoView() throws Exception {
        window.robot.interact(() -> window.robot.lookup("#sideTabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(1));
        ListView<?> speakers = fx(() -> window.robot.lookup("#speakerList").queryAs(ListView.class));
        waitUntil(() -> fx(() -> !speakers.getItems().isEmpty()));
        window.robot.interact(() -> speakers.getSelectionModel().select(0));
        waitUntil(() -> fx(() -> !window.robot.lookup("#speakerEdit").query().isDisabled()));
        window.robot.clickOn("#speakerEdit");
        waitUntil(() -> fx(() -> window.robot.lookup(".sm-speaker-editor").query().isVisible()));
        window.robot.interact(() -> { });
        window.robot.interact(() -> { });

        Node save = fx(() -> window.robot.lookup("#speakerSave").query());
        Node name = fx(() -> window.robot.lookup("#speakerName").query());
        Bounds list = fx(() -> speakers.localToScene(speakers.getLayoutBounds()));
        Bounds field = fx(() -> name.localToScene(name.getLayoutBounds()));
        assertTrue(field.getMinY() >= list.getMaxY() - 0.5, () -> "the form starts at " + field.getMinY()
                + ", under the list ending at " + list.getMaxY());
        javafx.scene.control.ScrollPane part = fx(() -> (javafx.scene.control.ScrollPane) ancestor(save,
                javafx.scene.control.ScrollPane.class));
        Bounds button = fx(() -> save.localToScene(save.getLayoutBounds()));
        Bounds view = fx(() -> part.localToScene(part.getLayoutBounds()));
        assertTrue(button.getMinY() >= view.getMinY() - 0.5 && button.getMaxY() <= view.getMaxY() + 0.5,
                () -> "Save at " + button.getMinY() + "–" + button.getMaxY() + ", the part shows " + view.getMinY()
                        + "–" + view.getMaxY());
    }

    private static Node ancestor(Node node, Class<?> type) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (type.isInstance(n)) {
                return n;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " around " + node);
    }
}
