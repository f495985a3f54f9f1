package io.sourcemark.app;

import io.sourcemark.model.ArticleSummary;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.sourcemark.app.AppWindow.fx;
import static io.sourcemark.app.AppWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Importing articles and switching projects from the File menu's actions. */
class ProjectFilesWindowTest {

    private static final String ARTICLE = """
            Title: Harbour authority reports record cargo volumes
            Source: Test Gazette
            Date: 2024-03-01

            The harbour authority said on Friday that cargo volumes rose by 12 percent last year.

            “We have never handled so many containers,” its director told reporters.
            """;

    @TempDir
    Path dir;
    AppWindow window;

    @BeforeEach
    void openTheFirstRunProject() throws Exception {
        window = new AppWindow(dir.resolve("files.sourcemark"), dir.resolve("config")).launch();
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        window.close();
    }

    @SuppressWarnings("unchecked")
    private List<String> libraryTitles() throws Exception {
        return fx(() -> ((ListView<ArticleSummary>) window.library()).getItems().stream()
                .map(ArticleSummary::title).toList());
    }

    private String status() throws Exception {
        return fx(() -> window.robot.lookup("#statusMessage").queryAs(javafx.scene.control.Label.class).getText());
    }

    @Test
    void importingAFileAddsItToTheLibraryAndOpensIt() throws Exception {
        Path file = Files.writeString(dir.resolve("harbour.txt"), ARTICLE);
        int before = libraryTitles().size();
        window.robot.interact(() -> new FileActions(window.app).importPaths(List.of(file)));

        waitUntil(() -> window.title().equals("Harbour authority reports record cargo volumes"));
        waitUntil(() -> libraryTitles().size() == before + 1);
        assertTrue(libraryTitles().contains("Harbour authority reports record cargo volumes"));
        assertTrue(fx(() -> window.area().getText()).startsWith("The harbour authority said on Friday"));
        assertEquals("Saved · Imported 1 article", status());

        window.robot.interact(() -> new FileActions(window.app).importPaths(List.of(file)));
        waitUntil(() -> status().equals("Imported 0 articles, 1 already in the project"));
        assertEquals(before + 1, libraryTitles().size());
    }

    @Test
    void aNewProjectStartsEmptyAndTheOldOneIsRemembered() throws Exception {
        Path fresh = dir.resolve("fresh.sourcemark");
        window.robot.interact(() -> window.app.create(fresh));

        waitUntil(() -> fx(() -> fresh.equals(window.app.session().file())));
        waitUntil(() -> libraryTitles().isEmpty());
        assertEquals("No article open",
                fx(() -> window.robot.lookup("#articleTitle").queryAs(Label.class).getText()));
        assertTrue(Files.exists(fresh));
        assertEquals(List.of(fresh, window.project), fx(() -> List.copyOf(window.app.display().recentProjects())));
        waitUntil(() -> {
            String json = Files.readString(window.configDir.resolve("settings.json"));
            int freshAt = json.indexOf("fresh.sourcemark");
            return freshAt > 0 && json.indexOf("files.sourcemark") > freshAt;
        });
    }

    @Test
    void aNewProjectNeverReplacesAnExistingFile() throws Exception {
        Path taken = Files.writeString(dir.resolve("taken.sourcemark"), "my notes");
        window.robot.interact(() -> window.app.create(taken));
        waitUntil(() -> !window.robot.lookup(".dialog-pane").queryAll().isEmpty());
        javafx.scene.control.DialogPane dialog = window.robot.lookup(".dialog-pane")
                .queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(fx(dialog::getContentText).contains("already exists"));
        assertEquals("my notes", Files.readString(taken));
        assertEquals(window.project, fx(() -> window.app.session().file()));
    }

    @Test
    void aRefusedProjectIsLoggedInOneLineWithoutATrace() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.sourcemark"), "These are notes, not a project.\n");
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(SourcemarkApp.class.getName());
        log.addHandler(handler);
        try {
            window.robot.interact(() -> new FileActions(window.app).openProject(notes));
            waitUntil(() -> !window.robot.lookup(".dialog-pane").queryAll().isEmpty());
        } finally {
            log.removeHandler(handler);
        }

        assertEquals(1, records.size());
        LogRecord record = records.get(0);
        assertEquals(Level.INFO, record.getLevel());
        assertEquals(null, record.getThrown());
        assertEquals("This project cannot be opened: notes.sourcemark: The file " + notes + " is not a Sourcemark "
                + "project (it is not a database at all). To read an article, import it into a project instead.",
                record.getMessage());
    }

    @Test
    void aLinkThatIsNotAWebAddressIsNotHandedToTheDesktop() throws Exception {
        window.robot.interact(() -> new FileActions(window.app).showDocument("file:///etc/passwd"));
        waitUntil(() -> !window.robot.lookup(".dialog-pane").queryAll().isEmpty());
        javafx.scene.control.DialogPane dialog = window.robot.lookup(".dialog-pane")
                .queryAs(javafx.scene.control.DialogPane.class);
        assertEquals("This link was not opened", fx(dialog::getHeaderText));
        assertEquals("Sourcemark opens web addresses (http:// and https://) only. The link is: "
                + "file:///etc/passwd", fx(dialog::getContentText));
    }
}
