package io.sourcemark.app;

import io.sourcemark.model.ArticleSummary;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.sourcemark.app.AppWindow.QUOTE;
import static io.sourcemark.app.AppWindow.fx;
import static io.sourcemark.app.AppWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library column: filtering, opening articles, and the article that opens at the next run. */
class LibraryWindowTest {

    @TempDir
    Path dir;
    AppWindow window;

    @BeforeEach
    void openTheFirstRunProject() throws Exception {
        window = new AppWindow(dir.resolve("library.sourcemark"), dir.resolve("config")).launch();
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        window.close();
    }

    @SuppressWarnings("unchecked")
    private ListView<ArticleSummary> library() {
        return (ListView<ArticleSummary>) window.library();
    }

    @Test
    void lettersTypedInTheFilterFilterTheLibraryAndMarkNothing() throws Exception {
        int start = window.quoteStart();
        window.robot.interact(() -> window.area().selectRange(start, start + QUOTE.length()));
        int all = fx(() -> library().getItems().size());

        window.robot.clickOn("#libraryFilter").write("Gdansk mayor");
        waitUntil(() -> fx(() -> library().getItems().size()) < all);
        window.robot.eraseText("Gdansk mayor".length()).write("Gdańsk");
        waitUntil(() -> fx(() -> library().getItems().size()) == 1);
        assertTrue(fx(() -> library().getItems().get(0).title()).contains("Gdańsk"));
        // Q, S, C and I were typed as text: the selected words in the article stay unmarked
        assertEquals(List.of(), window.rows());
        assertFalse(window.stylesAt(start).contains("sm-direct-quote"));
    }

    @Test
    void theSelectedRowsDetailsStayLegibleInBothThemes() throws Exception {
        int start = window.quoteStart();
        window.robot.interact(() -> {
            window.area().requestFocus();
            window.area().selectRange(start, start + QUOTE.length());
        });
        window.robot.type(KeyCode.Q);
        waitUntil(() -> fx(() -> window.statements().getSelectionModel().getSelectedItem() != null));
        for (boolean dark : new boolean[] {false, true}) {
            if (dark) {
                window.robot.clickOn("#themeToggle");
                waitUntil(() -> fx(() -> window.area().getScene().getRoot().getStyleClass().contains("sm-dark")));
            }
            double library = fx(() -> Contrast.ofLabels(selectedCell(library()), library(), "sm-library-details"));
            double statement = fx(() -> Contrast.ofLabels(selectedCell(window.statements()), window.statements(),
                    "sm-statement-details"));
            String theme = dark ? "dark" : "light";
            assertTrue(library >= 4.5, theme + ": the selected article's date and counts: " + library);
            assertTrue(statement >= 4.5, theme + ": the selected statement's kind and speaker: " + statement);
        }
    }

    private static javafx.scene.control.ListCell<?> selectedCell(ListView<?> list) {
        return list.lookupAll(".list-cell").stream().map(javafx.scene.control.ListCell.class::cast)
                .filter(c -> c.isSelected() && !c.isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no selected row in " + list.getId()));
    }

    @Test
    void downFromTheFilterOpensTheFirstArticleItKept() throws Exception {
        window.robot.clickOn("#libraryFilter").write("Gdańsk");
        waitUntil(() -> fx(() -> library().getItems().size()) == 1);
        String kept = fx(() -> library().getItems().get(0).title());

        window.robot.type(KeyCode.DOWN);

        waitUntil(() -> fx(() -> library().isFocused()));
        waitUntil(() -> window.title().equals(kept));
        assertEquals("Gdańsk", fx(() -> window.robot.lookup("#libraryFilter")
                .queryAs(javafx.scene.control.TextField.class).getText()));
    }

    @Test
    void theArticleViewedLastOpensAtTheNextRun() throws Exception {
        String afpTitle = window.title();
        ArticleSummary other = fx(() -> library().getItems().stream()
                .filter(s -> s.title().startsWith("Nevada")).findFirst().orElseThrow());
        window.robot.interact(() -> library().getSelectionModel().select(other));
        waitUntil(() -> window.title().equals(other.title()));
        assertTrue(fx(() -> window.area().getText()).contains("Nevada"));

        window.close();
        window.launch();
        assertEquals(other.title(), window.title());
        assertFalse(window.title().equals(afpTitle));
        assertEquals(other, fx(() -> library().getSelectionModel().getSelectedItem()));
    }

    @Test
    void theOpenArticlesRowIsWholeInViewAtStartAndAtTheNextRun() throws Exception {
        ArticleSummary afp = fx(() -> library().getSelectionModel().getSelectedItem());
        assertTrue(fx(() -> library().getItems().indexOf(afp)) > 12, "the sample opened first is far down the list");
        // once the first run's work is done, the row is still in view
        waitUntil(() -> fx(() -> window.app.tasks().jobs().isEmpty()));
        Thread.sleep(500);
        assertTrue(fx(() -> wholeInView(library(), afp)), "the open article's row is in view once the work is done");

        window.close();
        window.launch();
        waitUntil(() -> fx(() -> wholeInView(library(), afp)));
        // and it stays there once the window has settled
        Thread.sleep(500);
        assertTrue(fx(() -> wholeInView(library(), afp)), "the open article's row is in view");
    }

    @Test
    void rowsArrivingAboveTheOpenArticleLeaveItsRowInView() throws Exception {
        // as on the first run, when the samples are imported one by one after the first has opened
        waitUntil(() -> fx(() -> window.app.tasks().jobs().isEmpty()));
        ArticleSummary afp = fx(() -> library().getSelectionModel().getSelectedItem());
        window.robot.interact(() -> library().scrollTo(afp));
        waitUntil(() -> fx(() -> wholeInView(library(), afp)));
        for (int n = 1; n <= 12; n++) {
            ArticleSummary above = new ArticleSummary(100_000 + n, "Aardvark count " + n, "Parks", "2024-01-01", 0);
            window.robot.interact(() -> window.app.workspace().library().rows().add(above));
        }
        Thread.sleep(300);
        assertEquals(afp, fx(() -> library().getSelectionModel().getSelectedItem()), "the open article stays marked");
        assertTrue(fx(() -> wholeInView(library(), afp)), "the open article's row stays in view");
    }

    /** Whether the row of {@code item} is drawn whole within the list's viewport. */
    private static boolean wholeInView(ListView<ArticleSummary> list, ArticleSummary item) {
        javafx.scene.Node flow = list.lookup(".virtual-flow");
        javafx.geometry.Bounds view = flow.localToScene(flow.getLayoutBounds());
        return list.lookupAll(".list-cell").stream().map(javafx.scene.control.ListCell.class::cast)
                .filter(c -> c.isVisible() && c.getItem() instanceof ArticleSummary shown
                        && shown.id() == item.id()).anyMatch(c -> {
                    javafx.geometry.Bounds row = c.localToScene(c.getLayoutBounds());
                    return row.getMinY() >= view.getMinY() - 0.5 && row.getMaxY() <= view.getMaxY() + 0.5;
                });
    }

    @Test
    void theLibrarysOrderIsKeptForTheNextRun() throws Exception {
        window.robot.clickOn("#libraryOrder");
        window.robot.clickOn(window.robot.lookup(".list-cell").match((javafx.scene.Node n) ->
                n instanceof javafx.scene.control.ListCell<?> cell && "Newest first".equals(cell.getText()))
                .queryAs(javafx.scene.Node.class));
        waitUntil(() -> fx(() -> window.app.workspace().library().orderProperty().get())
                == io.sourcemark.ui.library.LibraryOrder.DATE);
        java.util.List<String> newestFirst = fx(() -> library().getItems().stream().map(ArticleSummary::title)
                .toList());

        window.close();
        window.launch();
        assertEquals(io.sourcemark.ui.library.LibraryOrder.DATE,
                fx(() -> window.app.workspace().library().orderProperty().get()));
        assertEquals(newestFirst, fx(() -> library().getItems().stream().map(ArticleSummary::title).toList()));
    }

    @Test
    void theArrowKeysWalkThroughTheLibrary() throws Exception {
        ArticleSummary top = fx(() -> library().getItems().get(0));
        window.robot.interact(() -> library().scrollTo(0));
        window.robot.clickOn(window.robot.lookup("#libraryList .list-cell")
                .match((javafx.scene.control.ListCell<?> cell) -> top.equals(cell.getItem()))
                .queryAs(javafx.scene.Node.class));
        String first = top.title();
        waitUntil(() -> window.title().equals(first));
        window.robot.type(KeyCode.DOWN);
        String second = fx(() -> library().getItems().get(1).title());
        waitUntil(() -> window.title().equals(second));
    }
}
