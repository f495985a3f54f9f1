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
