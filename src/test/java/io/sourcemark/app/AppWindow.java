package io.sourcemark.app;

import io.sourcemark.model.Annotation;
import io.sourcemark.store.ProjectStore;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import io.sourcemark.ui.reader.ArticleArea;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starts the real application on a test project and reads what the window shows. */
class AppWindow {

    static final String QUOTE = "active discussions";

    final FxRobot robot = new FxRobot();
    final Path project;
    final Path configDir;
    final boolean detectAfterImport;
    SourcemarkApp app;

    /** A window whose imports (and first run) bring no suggestions: the article starts clean. */
    AppWindow(Path project, Path configDir) {
        this(project, configDir, false);
    }

    AppWindow(Path project, Path configDir, boolean detectAfterImport) {
        this.project = project;
        this.configDir = configDir;
        this.detectAfterImport = detectAfterImport;
    }

    /** Launches the window and waits until the article the app chose is on screen. */
    AppWindow launch() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (SourcemarkApp) FxToolkit.setupApplication(() -> new SourcemarkApp(project, configDir, detectAfterImport));
        // the statements and the inspector come a frame after the article: the window is whole when they are in
        waitUntil(() -> fx(() -> robot.lookup("#articleBody").tryQuery().isPresent() && area().getLength() > 0
                && robot.lookup("#sideTabs").tryQuery().isPresent() && !library().getItems().isEmpty()
                && area().getText().equals(app.workspace().selection().article().body())));
        return this;
    }

    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        // Dialogs left open by a test must not leak into the next one.
        robot.interact(() -> robot.listTargetWindows().stream()
                .filter(w -> w instanceof javafx.stage.Stage && w != FxToolkit.toolkitContext().getRegisteredStage())
                .map(javafx.stage.Stage.class::cast).toList().forEach(javafx.stage.Stage::close));
    }

    ArticleArea area() {
        return robot.lookup("#articleBody").queryAs(ArticleArea.class);
    }

    @SuppressWarnings("unchecked")
    ListView<Annotation> statements() {
        return robot.lookup("#statementList").queryAs(ListView.class);
    }

    /** A menu item of the menu bar by its id, in a menu or one of its submenus. */
    javafx.scene.control.MenuItem menuItem(String id) {
        javafx.scene.control.MenuBar bar = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof javafx.scene.control.Menu sub ? sub.getItems().stream()
                        : java.util.stream.Stream.of(i))
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    ListView<?> library() {
        return robot.lookup("#libraryList").queryAs(ListView.class);
    }

    String title() throws Exception {
        return fx(() -> robot.lookup("#articleTitle").queryAs(Label.class).getText());
    }

    /** Where "active discussions" (between its quotation marks) is in the open article. */
    int quoteStart() throws Exception {
        String body = fx(() -> area().getText());
        int at = body.indexOf("“" + QUOTE + "”");
        assertTrue(at >= 0, "the AFP article is open");
        return at + 1;
    }

    Collection<String> stylesAt(int offset) throws Exception {
        return fx(() -> area().marksAt(offset));
    }

    /** True when every character of [start, end) has {@code styleClass} and the characters around it do not. */
    boolean styledExactly(int start, int end, String styleClass) throws Exception {
        for (int i = start; i < end; i++) {
            if (!stylesAt(i).contains(styleClass)) {
                return false;
            }
        }
        return !stylesAt(start - 1).contains(styleClass) && !stylesAt(end).contains(styleClass);
    }

    /** The annotation rows in the project file, read through a connection of the test's own. */
    List<Annotation> rows() throws Exception {
        long articleId = fx(() -> app.workspace().selection().article().id());
        for (int attempt = 1; ; attempt++) {
            // while the window's writer is in the middle of a change (a detection still running), a second
            // program's open is refused; the test, like such a program, tries again a moment later
            try (ProjectStore store = ProjectStore.open(project)) {
                return store.read(tx -> tx.annotations().forArticle(articleId));
            } catch (io.sourcemark.store.ProjectOpenException busy) {
                if (attempt == 50) {
                    throw busy;
                }
                Thread.sleep(200);
            }
        }
    }

    static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    /** Waits for the window to reach a state; a check that fails to read the window only means "not yet". */
    static void waitUntil(Check check) throws Exception {
        Throwable[] last = new Throwable[1];
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                try {
                    return check.holds();
                } catch (Exception | AssertionError e) {
                    last[0] = e;
                    return false;
                }
            });
        } catch (TimeoutException e) {
            throw new AssertionError("The window did not reach the expected state", last[0] == null ? e : last[0]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A condition on the window, which may need to read it on the FX thread. */
    interface Check {
        boolean holds() throws Exception;
    }

}
