package io.sourcemark.app;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static io.sourcemark.app.AppWindow.fx;
import static io.sourcemark.app.AppWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine's suggestions in the window: drawn faded, reviewed with the keyboard, kept by detecting again. */
class SuggestionsWindowTest {

    private static final String PESKOV = "“No, we can’t (confirm), we have nothing to say on this matter,”";
    private static final String SHOIGU = "“We are discussing it with everyone, including North Korea. Why not? "
            + "They are our neighbours,”";

    @TempDir
    Path dir;
    AppWindow window;

    @BeforeEach
    void openTheFirstRunProjectWithDetection() throws Exception {
        window = new AppWindow(dir.resolve("suggest.sourcemark"), dir.resolve("config"), true).launch();
        waitUntil(() -> quote(PESKOV).isPresent() && quote(SHOIGU).isPresent()
                && fx(() -> window.statements().getItems().stream().anyMatch(a -> a.exact().equals(PESKOV))));
        // The other samples are analysed after the open one; the keys pressed below must not queue behind them.
        waitUntil(() -> everySampleAnalysed() && !fx(() -> !window.app.tasks().jobs().isEmpty()));
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        window.close();
    }

    private boolean everySampleAnalysed() {
        try (io.sourcemark.store.ProjectStore store = io.sourcemark.store.ProjectStore.open(window.project)) {
            return store.read(tx -> tx.articles().list().stream()
                    .allMatch(a -> tx.annotations().countForArticle(a.id()) > 0));
        } catch (io.sourcemark.store.ProjectOpenException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<Annotation> quote(String exact) throws Exception {
        return window.rows().stream().filter(a -> a.kind() == Kind.DIRECT_QUOTE && a.exact().equals(exact))
                .findFirst();
    }

    /** Picks the statement in the side panel, as a click on its row would, and puts the keyboard in the list. */
    private void pick(String exact) throws Exception {
        window.robot.interact(() -> {
            var list = window.statements();
            Annotation row = list.getItems().stream().filter(a -> a.exact().equals(exact)).findFirst().orElseThrow();
            list.requestFocus();
            list.scrollTo(row);
            list.getSelectionModel().select(row);
        });
        waitUntil(() -> fx(() -> window.app.workspace().selection().annotation() != null
                && window.app.workspace().selection().annotation().exact().equals(exact)));
    }

    @Test
    void importedArticlesComeWithSuggestionsDrawnAsSuch() throws Exception {
        Annotation peskov = quote(PESKOV).orElseThrow();
        assertEquals(Origin.DETECTED, peskov.origin());
        assertTrue(window.styledExactly(peskov.range().start(), peskov.range().end(), "sm-direct-quote-suggested"),
                window.stylesAt(peskov.range().start()).toString());
        assertFalse(window.stylesAt(peskov.range().start()).contains("sm-direct-quote"));
        assertTrue(window.rows().stream().anyMatch(a -> a.kind() == Kind.SPEAKER && a.exact().contains("Peskov")));
    }

    @Test
    void theInspectorAndTheListSayWhoSaidItAndWithWhichCue() throws Exception {
        pick(PESKOV);

        String speaker = fx(() -> window.robot.lookup("#inspectorSpeaker").queryAs(javafx.scene.control.Label.class)
                .getText());
        String cue = fx(() -> window.robot.lookup("#inspectorCue").queryAs(javafx.scene.control.Label.class)
                .getText());
        assertTrue(speaker.contains("Peskov"), speaker);
        assertEquals("“told”", cue);
        waitUntil(() -> fx(() -> window.robot.lookup("#statementList .list-cell").queryAll().stream()
                .map(n -> (javafx.scene.control.ListCell<?>) n)
                .filter(c -> c.getItem() != null && ((Annotation) c.getItem()).exact().equals(PESKOV))
                .anyMatch(c -> c.lookupAll(".sm-statement-details").stream()
                        .anyMatch(d -> ((javafx.scene.control.Label) d).getText().contains("Peskov")))));
    }

    @Test
    void aAcceptsAndRRejectsTheSelectedSuggestion() throws Exception {
        pick(PESKOV);
        window.robot.type(KeyCode.A);
        waitUntil(() -> quote(PESKOV).orElseThrow().origin() == Origin.CONFIRMED);
        Annotation accepted = quote(PESKOV).orElseThrow();
        waitUntil(() -> window.styledExactly(accepted.range().start(), accepted.range().end(), "sm-direct-quote"));

        pick(SHOIGU);
        window.robot.type(KeyCode.R);
        waitUntil(() -> quote(SHOIGU).orElseThrow().origin() == Origin.REJECTED);
        Annotation rejected = quote(SHOIGU).orElseThrow();
        waitUntil(() -> window.stylesAt(rejected.range().start() + 1).stream().noneMatch(c -> c.startsWith("sm-direct")));
        assertFalse(fx(() -> window.statements().getItems().stream().anyMatch(a -> a.exact().equals(SHOIGU))));
    }

    @Test
    void detectingAgainKeepsReviewedSuggestionsAsTheyAre() throws Exception {
        pick(PESKOV);
        window.robot.type(KeyCode.ENTER);
        waitUntil(() -> quote(PESKOV).orElseThrow().origin() == Origin.CONFIRMED);
        pick(SHOIGU);
        window.robot.type(KeyCode.DELETE);
        waitUntil(() -> quote(SHOIGU).orElseThrow().origin() == Origin.REJECTED);
        int before = window.rows().size();

        window.robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        waitUntil(() -> fx(() -> window.app.workspace().status().textProperty().get()).contains("already reviewed"));

        List<Annotation> rows = window.rows();
        assertEquals(before, rows.size());
        assertEquals(1, rows.stream().filter(a -> a.exact().equals(PESKOV) && a.kind() == Kind.DIRECT_QUOTE).count());
        assertEquals(Origin.CONFIRMED, quote(PESKOV).orElseThrow().origin());
        assertEquals(1, rows.stream().filter(a -> a.exact().equals(SHOIGU) && a.kind() == Kind.DIRECT_QUOTE).count());
        assertEquals(Origin.REJECTED, quote(SHOIGU).orElseThrow().origin());
    }

    @Test
    void acceptAllOfOneKindIsOneStepThatOneUndoReverses() throws Exception {
        long suggestedQuotes = window.rows().stream()
                .filter(a -> a.kind() == Kind.DIRECT_QUOTE && a.origin() == Origin.DETECTED).count();
        assertTrue(suggestedQuotes >= 4, "suggested direct quotes (one per quote, mixed ones are indirect): "
                + suggestedQuotes);

        window.robot.interact(() -> window.menuItem("acceptAll-DIRECT_QUOTE").fire());
        waitUntil(() -> window.rows().stream().noneMatch(a -> a.kind() == Kind.DIRECT_QUOTE
                && a.origin() == Origin.DETECTED));
        assertEquals(suggestedQuotes, window.rows().stream()
                .filter(a -> a.kind() == Kind.DIRECT_QUOTE && a.origin() == Origin.CONFIRMED).count());
        assertTrue(window.rows().stream().anyMatch(a -> a.kind() == Kind.SPEAKER && a.origin() == Origin.DETECTED),
                "speakers are another kind and stay suggested");

        window.robot.interact(() -> window.area().requestFocus());
        window.robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> window.rows().stream().noneMatch(a -> a.kind() == Kind.DIRECT_QUOTE
                && a.origin() == Origin.CONFIRMED));
    }

    @Test
    void articlesImportedAsAnotherProjectOpensAreNotDetectedInTheOtherProject() throws Exception {
        Path other = dir.resolve("other.sourcemark");
        try (io.sourcemark.service.Project second = io.sourcemark.service.Project.open(other)) {
            new io.sourcemark.service.ImportService(second, io.sourcemark.importer.ImporterRegistry.standard(), new io.sourcemark.service.ComputePool(1))
                    .importPaths(List.of(Path.of("sample-articles", "000-afp-north-korea-arms-russia.txt")),
                            io.sourcemark.service.ImportProgress.NONE, () -> false);
        }
        Path file = java.nio.file.Files.writeString(dir.resolve("harbour.txt"), """
                Title: Harbour authority reports record cargo volumes
                Source: Test Gazette

                “We have never handled so much cargo,” harbour director Anna Berg said on Friday.
                """);

        // The import goes into the project still open; the other one opens while it runs.
        window.robot.interact(() -> {
            window.app.switchTo(other);
            new FileActions(window.app).importPaths(List.of(file));
        });

        waitUntil(() -> {
            try (io.sourcemark.store.ProjectStore first = io.sourcemark.store.ProjectStore.open(window.project)) {
                return first.read(tx -> tx.articles().list()).stream().anyMatch(a -> a.title().startsWith("Harbour authority"))
                        && !fx(() -> !window.app.tasks().jobs().isEmpty());
            }
        });
        // Anything the import's end asked for is queued by now: wait for the worker to get past it.
        java.util.concurrent.CompletableFuture<Object> idle = new java.util.concurrent.CompletableFuture<>();
        window.robot.interact(() -> window.app.tasks().action(() -> "idle", idle::complete, idle::completeExceptionally));
        idle.get(30, java.util.concurrent.TimeUnit.SECONDS);

        assertEquals(other, fx(() -> window.app.session().file()));
        String status = fx(() -> window.app.workspace().status().textProperty().get());
        assertFalse(status.startsWith("Detection stopped"), status);
        // Opening a project detects in its articles never analysed; the imported ones of the first project must
        // not be detected here: every suggestion of the other project is one of its own article's, made once.
        try (io.sourcemark.store.ProjectStore second = io.sourcemark.store.ProjectStore.open(other)) {
            assertEquals(1, (int) second.read(tx -> tx.articles().count()));
            var article = second.read(tx -> tx.articles().find(tx.articles().list().get(0).id())).orElseThrow();
            List<Annotation> rows = second.read(tx -> tx.annotations().forArticle(article.id()));
            assertTrue(rows.stream().allMatch(a -> a.exact().equals(a.range().of(article.body()))));
            assertEquals(rows.size(), rows.stream().map(a -> a.kind() + "@" + a.range()).distinct().count());
            assertTrue(rows.stream().noneMatch(a -> a.exact().contains("harbour")));
        }
    }
}
