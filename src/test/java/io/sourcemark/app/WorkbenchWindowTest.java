package io.sourcemark.app;

import io.sourcemark.model.ArticleMeta;
import io.sourcemark.store.Priority;
import io.sourcemark.store.ProjectStore;
import io.sourcemark.ui.Job;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.sourcemark.app.AppWindow.fx;
import static io.sourcemark.app.AppWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a new user hit in the real window: keys, focus, the text selection, the status bar during long work. */
class WorkbenchWindowTest {

    @TempDir
    Path dir;
    AppWindow window;

    @BeforeEach
    void openTheFirstRunProject() throws Exception {
        window = new AppWindow(dir.resolve("workbench.sourcemark"), dir.resolve("config")).launch();
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        window.close();
    }

    @Test
    void theKeyboardStartsInTheArticleNotInTheLibraryFilter() throws Exception {
        waitUntil(() -> fx(() -> window.area().isFocused()));
    }

    @Test
    void aStatusMessageTooLongForTheBarIsReadWholeByPointingAtIt() throws Exception {
        String longer = "Exporting stopped: it ran out of memory (the Java heap of 320 MB is full). Do less at once "
                + "(fewer articles, or an HTML report rather than a PDF), or start Sourcemark with more, for example "
                + "java -Xmx4g -jar sourcemark.jar. ".repeat(3);
        window.robot.interact(() -> window.app.workspace().status().report(longer));
        Label message = fx(() -> window.robot.lookup("#statusMessage").queryAs(Label.class));
        waitUntil(() -> fx(() -> message.getText().equals(longer)));
        assertEquals(longer, fx(() -> message.getTooltip().getText()));
    }

    @Test
    void tabLeavesTheArticleForTheNextControlAndShiftTabComesBack() throws Exception {
        waitUntil(() -> fx(() -> window.area().isFocused()));
        String before = fx(() -> window.area().getText());

        window.robot.type(KeyCode.TAB);
        waitUntil(() -> fx(() -> !window.area().isFocused()));
        Node next = fx(() -> window.area().getScene().getFocusOwner());
        assertTrue(fx(next::isFocusTraversable), "Tab lands on a control the keyboard can use: " + next);
        assertEquals(before, fx(() -> window.area().getText()), "no tab was typed into the article");

        window.robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        waitUntil(() -> fx(() -> window.area().isFocused()));
    }

    @Test
    void tabGoesRoundTheWindowThroughTheDetailsButtonAndTheStatementsSortBack() throws Exception {
        waitUntil(() -> fx(() -> window.area().isFocused()));
        java.util.Set<String> reached = new java.util.LinkedHashSet<>();
        for (int i = 0; i < 80; i++) {
            window.robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node owner = fx(() -> window.area().getScene().getFocusOwner());
            if (owner == window.area()) {
                break;
            }
            reached.add(fx(owner::getId) == null ? owner.getClass().getSimpleName() : fx(owner::getId));
        }
        assertTrue(fx(() -> window.area().isFocused()), "Tab comes back to the article: " + reached);
        assertTrue(reached.contains("provenanceDetails"), "the article's Details… button: " + reached);
        assertTrue(reached.contains("statementsMostCheckWorthyFirst"), "the statements' sort: " + reached);
    }

    @Test
    void theArticleTheChosenSideTabAndTheClaimSliderShowWhenTheKeyboardIsOnThem() throws Exception {
        waitUntil(() -> fx(() -> window.area().isFocused()));
        javafx.scene.layout.Region tab = fx(() -> (javafx.scene.layout.Region) window.robot.lookup("#sideTabs")
                .lookup(".tab:selected").query());
        javafx.scene.layout.Region thumb = fx(() -> (javafx.scene.layout.Region) window.robot
                .lookup("#legend-claim-threshold").lookup(".thumb").query());
        javafx.scene.layout.Background article = fx(() -> window.area().getBackground());
        javafx.scene.layout.Background tabBefore = fx(tab::getBackground);
        javafx.scene.layout.Background thumbBefore = fx(thumb::getBackground);

        // there and back by Tab: the keyboard, not a click, brought the focus
        window.robot.type(KeyCode.TAB);
        window.robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        waitUntil(() -> fx(() -> window.area().isFocused() && !article.equals(window.area().getBackground())));
        assertEquals(2, (int) fx(() -> window.area().getBackground().getFills().size()), "a frame inside the edges");

        window.robot.press(KeyCode.SHIFT).type(KeyCode.TAB).type(KeyCode.TAB).release(KeyCode.SHIFT);
        waitUntil(() -> fx(() -> window.robot.lookup("#legend-claim-threshold").query().isFocused()));
        waitUntil(() -> fx(() -> !thumbBefore.equals(thumb.getBackground())));

        window.robot.type(KeyCode.TAB).type(KeyCode.TAB); // the tags' layer, the article
        window.robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB); // find, Details…, the side tabs
        waitUntil(() -> fx(() -> window.robot.lookup("#sideTabs").query().isFocused()));
        waitUntil(() -> fx(() -> !tabBefore.equals(tab.getBackground())));
    }

    @Test
    void everyDividerIsWideEnoughToTakeHoldOf() throws Exception {
        // the speakers' own divider too, between the list and who said what
        window.robot.interact(() -> window.robot.lookup("#sideTabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(1));
        waitUntil(() -> fx(() -> window.robot.lookup("#whoSaidWhat").tryQuery().map(Node::isVisible).orElse(false)));
        // the side column's parts are laid out a frame after the article
        waitUntil(() -> fx(() -> dividerThicknesses().size() >= 4
                && dividerThicknesses().stream().allMatch(t -> t >= 8)));
    }

    /** How thick each divider shown is across its pane: the columns' two, the side column's, the speakers'. */
    private List<Double> dividerThicknesses() {
        List<Double> thicknesses = new java.util.ArrayList<>();
        for (javafx.scene.control.SplitPane pane : window.robot.lookup(".split-pane")
                .queryAllAs(javafx.scene.control.SplitPane.class)) {
            for (Node divider : pane.lookupAll(".split-pane-divider")) {
                if (divider.getParent() == pane && shown(pane)) { // not a nested pane's, nor one in a hidden tab
                    boolean across = pane.getOrientation() == javafx.geometry.Orientation.HORIZONTAL;
                    thicknesses.add(across ? divider.getLayoutBounds().getWidth()
                            : divider.getLayoutBounds().getHeight());
                }
            }
        }
        return thicknesses;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null && node.getLayoutBounds().getWidth() > 0;
    }

    @Test
    void markingLetsGoOfTheTextSelectionAndEscapeDeselects() throws Exception {
        int start = window.quoteStart();
        window.robot.interact(() -> {
            window.area().requestFocus();
            window.area().selectRange(start, start + AppWindow.QUOTE.length());
        });
        window.robot.type(KeyCode.Q);
        waitUntil(() -> window.stylesAt(start).contains("sm-direct-quote"));
        assertEquals(0, (int) fx(() -> window.area().getSelection().getLength()), "the selection is let go");
        assertEquals(AppWindow.QUOTE, fx(() -> window.app.workspace().selection().annotation().exact()));

        window.robot.type(KeyCode.ESCAPE);
        waitUntil(() -> fx(() -> window.app.workspace().selection().annotation() == null));
        assertFalse(window.stylesAt(start).contains("sm-selected"));
    }

    @Test
    void menusAndTheContextMenuOpenWithoutStyleWarnings() throws Exception {
        List<String> warnings = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger css = Logger.getLogger("javafx.css");
        css.addHandler(handler);
        try {
            MenuBar bar = fx(() -> window.robot.lookup("#menuBar").queryAs(MenuBar.class));
            for (int i = 0; i < fx(() -> bar.getMenus().size()); i++) {
                int index = i;
                window.robot.interact(() -> bar.getMenus().get(index).show());
                window.robot.interact(() -> bar.getMenus().get(index).hide());
            }
            window.robot.interact(() -> window.area().getContextMenu().show(window.area(), 200, 200));
            window.robot.interact(() -> window.area().getContextMenu().hide());
        } finally {
            css.removeHandler(handler);
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void aLongJobShowsItsNameCountAndCancelInFullAndTheSummaryStays() throws Exception {
        double idleHeight = fx(() -> window.robot.lookup("#statusBar").query().getLayoutBounds().getHeight());
        CountDownLatch release = new CountDownLatch(1);
        Job[] job = new Job[1];
        window.robot.interact(() -> job[0] = window.app.tasks().job("Importing 500 files", progress -> {
            progress.update(63, 500, "Importing harbour-report-0063.txt");
            release.await();
            return 63;
        }, done -> window.app.workspace().status().announce("Saved · Imported 63 articles"), e -> { }));
        waitUntil(() -> fx(() -> "63 of 500".equals(job[0].countProperty().get())));

        Node jobs = fx(() -> window.robot.lookup("#jobs").query());
        Button cancel = fx(() -> window.robot.lookup("#cancelWork").queryAs(Button.class));
        Label message = fx(() -> window.robot.lookup(".sm-job-message").queryAs(Label.class));
        assertFalse(fx(() -> window.robot.lookup("#statusMessage").queryAs(Label.class).getText()).equals("Ready"),
                "never Ready while work runs");
        assertTrue(fx(() -> cancel.getWidth() >= cancel.prefWidth(-1) - 0.5), "Cancel is not cut");
        assertTrue(fx(() -> message.getWidth() >= 120), "the job's message keeps room to be read");
        Bounds bar = fx(() -> window.robot.lookup("#statusBar").query().getLayoutBounds());
        assertTrue(bar.getHeight() >= 20, "the status bar keeps its height: " + bar);
        // a bar that grew would move the whole window and have it drawn again as work starts
        assertEquals(idleHeight, bar.getHeight(), 0.01, "the status bar is as high with a job as without");
        assertTrue(fx(() -> jobs.isVisible()));
        // the part still to do is seen: the track is not drawn in the bar's own colour
        javafx.scene.paint.Paint track = fx(() -> ((javafx.scene.layout.Region) window.robot.lookup("#jobs .track")
                .query()).getBackground().getFills().get(0).getFill());
        javafx.scene.paint.Paint barColour = fx(() -> ((javafx.scene.layout.Region) window.robot
                .lookup("#statusBar").query()).getBackground().getFills().get(0).getFill());
        assertNotEquals(barColour, track, "the progress bar's track stands out from the status bar");

        release.countDown();
        waitUntil(() -> fx(() -> window.app.tasks().jobs().isEmpty()));
        Thread.sleep(1500);
        assertEquals("Saved · Imported 63 articles",
                fx(() -> window.robot.lookup("#statusMessage").queryAs(Label.class).getText()),
                "the summary stays until the next message");
    }

    @Test
    void anArticleThatIsOneParagraphOfAMegabyteOpensInPieces() throws Exception {
        String text = "The council said the bridge would reopen in May, and the mayor agreed. ".repeat(15_000);
        window.close();
        try (ProjectStore store = ProjectStore.open(window.project)) {
            store.change(Priority.ACTION, "Add an article", tx -> tx.articles().insert(new ArticleMeta(
                    "Aaa one long paragraph", "Test", null, null, null, null, null, null), text, "long-" + text.length()));
        }
        window = new AppWindow(window.project, window.configDir).launch();
        window.robot.interact(() -> window.library().getSelectionModel().select(0));
        waitUntil(() -> fx(() -> window.area().getLength() == text.length()));

        assertTrue(fx(() -> window.area().getParagraphs().size()) >= text.length() / 10_000,
                "shown in pieces, not as one node of a megabyte");
        window.robot.interact(() -> window.area().showParagraphAtTop(50));
        assertNull(fx(() -> window.app.workspace().selection().annotation()));
    }
}
