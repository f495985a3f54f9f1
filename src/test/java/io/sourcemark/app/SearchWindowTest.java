package io.sourcemark.app;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.LibraryHit;
import io.sourcemark.model.TextRange;
import io.sourcemark.model.Verdict;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

/** Searching in the real window: within the article, across the library, and jumping to a hit. */
class SearchWindowTest {

    @TempDir
    Path dir;
    AppWindow window;

    @BeforeEach
    void openTheFirstRunProject() throws Exception {
        window = new AppWindow(dir.resolve("search.sourcemark"), dir.resolve("config")).launch();
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        window.close();
    }

    @Test
    void searchingTheLibraryThenChoosingAHitOpensTheArticleWithTheWordsSelected() throws Exception {
        window.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> fx(() -> field().isFocused()));
        window.robot.write("Adamowicz");
        waitUntil(() -> fx(() -> !results().getItems().isEmpty() && results().isVisible()));
        LibraryHit hit = fx(() -> results().getItems().get(0));
        assertEquals("article", hit.what());
        assertTrue(hit.articleTitle().contains("Gdańsk"), hit.articleTitle());

        window.robot.type(KeyCode.ENTER);
        waitUntil(() -> window.title().equals(hit.articleTitle()));
        String body = fx(() -> window.app.workspace().selection().article().body());
        int first = body.indexOf("Adamowicz");
        TextRange words = new TextRange(first, first + "Adamowicz".length());
        waitUntil(() -> fx(() -> window.area().getSelection().getStart() == words.start()
                && window.area().getSelection().getEnd() == words.end()));
        assertEquals(hit.range(), words);
        assertTrue(window.stylesAt(first).contains("sm-found-current"), window.stylesAt(first).toString());
        int second = body.indexOf("Adamowicz", words.end());
        assertTrue(window.stylesAt(second).contains("sm-found"), "every hit in the article is drawn");
    }

    @Test
    void theLibrarysHitsFitTheirListWithoutOverlapping() throws Exception {
        window.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> fx(() -> field().isFocused()));
        window.robot.write("Russia");
        waitUntil(() -> fx(() -> results().getItems().size() >= 3 && results().isVisible()));
        Thread.sleep(300);
        fx(() -> {
            javafx.scene.Node flow = results().lookup(".virtual-flow");
            javafx.geometry.Bounds view = flow.localToScene(flow.getLayoutBounds());
            java.util.List<javafx.scene.control.ListCell<?>> cells = results().lookupAll(".list-cell").stream()
                    .<javafx.scene.control.ListCell<?>>map(n -> (javafx.scene.control.ListCell<?>) n)
                    .filter(c -> c.isVisible() && !c.isEmpty())
                    .sorted(java.util.Comparator.comparing(c -> c.getIndex())).toList();
            assertTrue(cells.size() >= 2, "hits drawn: " + cells.size());
            for (int i = 0; i < cells.size(); i++) {
                javafx.scene.control.ListCell<?> cell = cells.get(i);
                javafx.geometry.Bounds row = cell.localToScene(cell.getLayoutBounds());
                assertTrue(row.getWidth() <= view.getWidth() + 0.5, "a hit as wide as the list: " + row.getWidth()
                        + " in " + view.getWidth());
                javafx.scene.Node snippet = cell.lookup(".sm-hit-snippet");
                javafx.geometry.Bounds words = snippet.localToScene(snippet.getLayoutBounds());
                assertTrue(words.getMaxY() <= row.getMaxY() + 0.5, "hit " + i + "'s snippet ends at "
                        + words.getMaxY() + ", below its row's end " + row.getMaxY());
                assertTrue(words.getMaxX() <= view.getMaxX() + 0.5, "hit " + i + "'s snippet is wrapped");
            }
            return null;
        });
    }

    @Test
    void theHitChosenWithTheArrowKeysStaysLegibleOnceItsArticleIsOpen() throws Exception {
        window.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> fx(() -> field().isFocused()));
        window.robot.write("Adamowicz");
        waitUntil(() -> fx(() -> !results().getItems().isEmpty() && results().isVisible()));
        LibraryHit hit = fx(() -> results().getItems().get(0));
        window.robot.type(KeyCode.DOWN);
        waitUntil(() -> fx(() -> results().getSelectionModel().getSelectedIndex() == 0));
        window.robot.type(KeyCode.ENTER);
        waitUntil(() -> window.title().equals(hit.articleTitle()));

        // the chosen hit stays selected in the list: its words stay legible on the selected row's colour
        double contrast = fx(() -> {
            javafx.scene.control.ListCell<?> cell = results().lookupAll(".list-cell").stream()
                    .map(javafx.scene.control.ListCell.class::cast).filter(c -> c.isSelected()).findFirst()
                    .orElseThrow();
            cell.applyCss();
            javafx.scene.paint.Color background = (javafx.scene.paint.Color) cell.getBackground().getFills()
                    .get(cell.getBackground().getFills().size() - 1).getFill();
            return cell.lookupAll(".sm-hit-text").stream().map(javafx.scene.text.Text.class::cast)
                    .mapToDouble(t -> Contrast.ratio((javafx.scene.paint.Color) t.getFill(), background)).min()
                    .orElseThrow();
        });
        assertTrue(contrast >= 4.5, "contrast of the selected hit's words: " + contrast);

        // Esc puts the hits away and gives the keys to the article, as in the field: V is a verdict's, not a letter
        // of the query
        window.robot.interact(() -> results().requestFocus());
        window.robot.type(KeyCode.ESCAPE);
        waitUntil(() -> fx(() -> window.area().isFocused() && !results().isVisible()));
        assertEquals("Adamowicz", fx(() -> field().getText()));
        window.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> fx(() -> field().isFocused()));
        window.robot.type(KeyCode.ESCAPE);
        waitUntil(() -> fx(() -> window.area().isFocused()));
        window.robot.type(KeyCode.V).type(KeyCode.DIGIT4);
        Thread.sleep(300);
        assertEquals("Adamowicz", fx(() -> field().getText()), "nothing typed into the query");
    }

    @Test
    void choosingAStatementHitSelectsTheStatement() throws Exception {
        int start = window.quoteStart();
        window.robot.interact(() -> {
            window.area().requestFocus();
            window.area().selectRange(start, start + AppWindow.QUOTE.length());
        });
        window.robot.type(KeyCode.C);
        waitUntil(() -> fx(() -> window.app.workspace().selection().annotation() != null));
        long claim = fx(() -> window.app.workspace().selection().annotation().id());
        window.robot.interact(() -> {
            window.app.workspace().library().open(window.library().getItems().stream()
                    .map(io.sourcemark.model.ArticleSummary.class::cast)
                    .filter(a -> !a.title().equals(window.app.workspace().selection().article().meta().title()))
                    .findFirst().orElseThrow());
        });
        waitUntil(() -> fx(() -> window.app.workspace().selection().annotation() == null));

        window.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL);
        window.robot.interact(() -> field().setText("active discussions"));
        waitUntil(() -> fx(() -> results().getItems().stream().anyMatch(h -> h.annotationId() == claim)));
        window.robot.interact(() -> {
            LibraryHit statement = results().getItems().stream().filter(h -> h.annotationId() == claim)
                    .findFirst().orElseThrow();
            assertEquals("claim", statement.what());
            results().getSelectionModel().select(statement);
            window.app.workspace().search().open(statement);
        });
        waitUntil(() -> fx(() -> {
            Annotation selected = window.app.workspace().selection().annotation();
            return selected != null && selected.id() == claim && selected.kind() == Kind.CLAIM;
        }));
        assertTrue(window.stylesAt(start).contains("sm-selected"));
    }

    @Test
    void findInTheArticleMovesThroughItsHits() throws Exception {
        window.robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        waitUntil(() -> fx(() -> field().isFocused()));
        window.robot.write("Kim");
        String body = fx(() -> window.area().getText());
        int hits = body.split("\\bKim\\b", -1).length - 1;
        assertTrue(hits >= 2, "the AFP article names Kim more than once");
        waitUntil(() -> fx(() -> count().getText().equals("1 of " + hits)));
        int first = fx(() -> window.area().getSelection().getStart());
        assertEquals("Kim", body.substring(first, first + 3));

        window.robot.type(KeyCode.ENTER);
        waitUntil(() -> fx(() -> count().getText().equals("2 of " + hits)));
        int second = fx(() -> window.area().getSelection().getStart());
        assertTrue(second > first);
        assertTrue(window.stylesAt(second).contains("sm-found-current"));
        assertTrue(window.stylesAt(first).contains("sm-found"));

        window.robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        waitUntil(() -> fx(() -> count().getText().equals("1 of " + hits)));
        // F3 and Shift+F3, as the Edit menu offers them, with the keys still in the field
        assertTrue(fx(() -> field().isFocused()));
        window.robot.type(KeyCode.F3);
        waitUntil(() -> fx(() -> count().getText().equals("2 of " + hits)));
        window.robot.press(KeyCode.SHIFT).type(KeyCode.F3).release(KeyCode.SHIFT);
        waitUntil(() -> fx(() -> count().getText().equals("1 of " + hits)));

        // searching the library instead: the article's count and boxes are of words no longer asked for
        window.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL);
        window.robot.interact(() -> field().setText("Putin war"));
        waitUntil(() -> fx(() -> !results().getItems().isEmpty()));
        assertEquals("", fx(() -> count().getText()));
        assertFalse(window.stylesAt(first).contains("sm-found"), window.stylesAt(first).toString());
        window.robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);

        window.robot.interact(() -> field().setText("NEAR( \"zqxj"));
        waitUntil(() -> fx(() -> message().getText().equals("Not in this article.")));
        window.robot.interact(() -> field().setText("🙂 -"));
        waitUntil(() -> fx(() -> message().getText().startsWith("Nothing to search for")));
    }

    @Test
    void findingWordsAlreadyInViewLeavesTheArticleWhereItIsAndWordsOutOfViewAreScrolledIn() throws Exception {
        String body = fx(() -> window.area().getText());
        String near = "possible summit";
        assertTrue(body.indexOf(near) < body.indexOf('\n'), "the AFP article's first paragraph has the words");
        waitUntil(() -> fx(() -> window.area().getEstimatedScrollY() == 0.0 && onScreen(body.indexOf(near))));
        window.robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        waitUntil(() -> fx(() -> field().isFocused()));
        window.robot.write("\"" + near + "\"");
        waitUntil(() -> fx(() -> count().getText().equals("1 of 1")
                && window.area().getSelection().getStart() == body.indexOf(near)));
        window.robot.type(KeyCode.ENTER);
        window.robot.type(KeyCode.ESCAPE);
        waitUntil(() -> fx(() -> window.area().isFocused()));
        window.robot.interact(() -> { });
        // the first line, above the words, is still the first line shown
        assertEquals(0.0, fx(() -> window.area().getEstimatedScrollY()), "the article did not move");

        String far = "trips abroad are rare";
        int farAt = body.indexOf(far);
        assertTrue(fx(() -> !onScreen(farAt)), "the words are below the window's fold");
        window.robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        window.robot.interact(() -> field().setText("\"" + far + "\""));
        waitUntil(() -> fx(() -> window.area().getSelection().getStart() == farAt && onScreen(farAt)));
        assertTrue(fx(() -> window.area().getEstimatedScrollY() > 0));
    }

    /** Whether the character at {@code offset} is drawn inside the article's viewport, not cut at its edge. */
    private boolean onScreen(int offset) {
        window.area().layout();
        javafx.geometry.Bounds viewport = window.area().localToScreen(window.area().getLayoutBounds());
        return window.area().getCharacterBoundsOnScreen(offset, offset + 1)
                .map(b -> b.getMinY() >= viewport.getMinY() && b.getMaxY() <= viewport.getMaxY()).orElse(false);
    }

    @Test
    void escAfterFindingWordsGivesTheArticleTheKeysSoThatCMarksThem() throws Exception {
        String words = "trips abroad are rare";
        String body = fx(() -> window.area().getText());
        int at = body.indexOf(words);
        assertTrue(at >= 0, "the AFP article has the words");
        window.robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        waitUntil(() -> fx(() -> field().isFocused()));
        window.robot.write("\"" + words + "\"");
        waitUntil(() -> fx(() -> count().getText().equals("1 of 1")));
        window.robot.type(KeyCode.ENTER);
        assertTrue(fx(() -> field().isFocused()), "still typing in the field");

        window.robot.type(KeyCode.ESCAPE);
        waitUntil(() -> fx(() -> window.area().isFocused()));
        window.robot.type(KeyCode.C);

        waitUntil(() -> fx(() -> window.app.workspace().selection().annotation() != null
                && window.app.workspace().selection().annotation().kind() == Kind.CLAIM
                && window.app.workspace().selection().annotation().range().start() == at));
        assertEquals(words, fx(() -> window.app.workspace().selection().annotation().exact()));
        assertEquals("\"" + words + "\"", fx(() -> field().getText()), "nothing typed into the query");
    }

    @Test
    void theStatisticsWindowShowsTheLibrarysFigures() throws Exception {
        // the samples' suggestions all in: the chart and the figures read below count the same statements
        waitUntil(() -> fx(() -> window.app.tasks().jobs().isEmpty()));
        // a quote, and a claim found true: two kinds and a verdict for the charts to colour
        markInTheArticle(AppWindow.QUOTE, Kind.DIRECT_QUOTE);
        markInTheArticle(fx(() -> window.area().getText().substring(0, 30)), Kind.CLAIM);
        window.robot.interact(() -> window.area().requestFocus());
        window.robot.type(KeyCode.V);
        window.robot.type(KeyCode.DIGIT1);
        waitUntil(() -> fx(() -> window.app.workspace().selection().annotation().verification() != null
                && window.app.workspace().selection().annotation().verification().verdict() == Verdict.TRUE));
        window.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.G).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> fx(() -> window.robot.lookup("#statisticsProgressText").tryQuery().isPresent()
                && window.robot.lookup("#statisticsProgressText").queryAs(Label.class).getText()
                .contains("statements checked")));
        assertEquals("The library", fx(() -> window.robot.lookup("#statisticsHeading").queryAs(Label.class)
                .getText()));

        // each kind's slice and each verdict's bar has the colour the article and the inspector give it
        javafx.scene.chart.PieChart byKind = fx(() -> window.robot.lookup("#statisticsByKind")
                .queryAs(javafx.scene.chart.PieChart.class));
        waitUntil(() -> fx(() -> !byKind.getData().isEmpty()));
        io.sourcemark.model.Statistics figures = window.app.session().statistics().library();
        for (javafx.scene.chart.PieChart.Data slice : fx(() -> java.util.List.copyOf(byKind.getData()))) {
            if (slice.getName().startsWith("Mixed quotes:")) {
                // a kind of its own, as in the statements list, and in a colour between the two quotes'
                assertEquals("Mixed quotes: " + figures.mixedQuotes(), slice.getName());
                String between = io.sourcemark.ui.WebColour.of(io.sourcemark.ui.reader.LayerColours.of(
                        Kind.INDIRECT_QUOTE, false).interpolate(io.sourcemark.ui.reader.LayerColours.of(
                        Kind.DIRECT_QUOTE, false), 0.5));
                assertEquals("-fx-pie-color: " + between + ";", fx(() -> slice.getNode().getStyle()));
                continue;
            }
            io.sourcemark.model.Kind kind = java.util.Arrays.stream(io.sourcemark.model.Kind.values())
                    .filter(k -> slice.getName().startsWith(io.sourcemark.ui.Names.title(k) + "s:")).findFirst()
                    .orElseThrow();
            int expected = figures.byKind().get(kind) - (kind == Kind.INDIRECT_QUOTE ? figures.mixedQuotes() : 0);
            assertEquals(io.sourcemark.ui.Names.title(kind) + "s: " + expected, slice.getName());
            // the theme draws a slice as a gradient around its -fx-pie-color
            String colour = io.sourcemark.ui.WebColour.of(io.sourcemark.ui.reader.LayerColours.of(kind, false));
            assertEquals("-fx-pie-color: " + colour + ";", fx(() -> slice.getNode().getStyle()), slice.getName());
        }
        @SuppressWarnings("unchecked")
        javafx.scene.chart.BarChart<String, Number> byVerdict = fx(() -> window.robot.lookup("#statisticsByVerdict")
                .queryAs(javafx.scene.chart.BarChart.class));
        // the verdicts given, each a bar; the unchecked ones are counted under the progress bar, not drawn beside them
        assertEquals(io.sourcemark.ui.VerdictLook.KEYED.stream().map(io.sourcemark.ui.Names::of).toList(),
                fx(() -> byVerdict.getData().get(0).getData().stream().map(d -> d.getXValue()).toList()));
        javafx.scene.chart.XYChart.Data<String, Number> trueBar = fx(() -> byVerdict.getData().get(0).getData()
                .stream().filter(d -> d.getXValue().equals(io.sourcemark.ui.Names.of(Verdict.TRUE))).findFirst()
                .orElseThrow());
        // a bar's gradient has the bar's own colour at its middle stop
        assertTrue(fx(() -> ((javafx.scene.layout.Region) trueBar.getNode()).getBackground().getFills().stream()
                .map(f -> f.getFill()).filter(p -> p instanceof javafx.scene.paint.LinearGradient)
                .flatMap(p -> ((javafx.scene.paint.LinearGradient) p).getStops().stream())
                .anyMatch(stop -> near(stop.getColor(), io.sourcemark.ui.VerdictLook.colour(Verdict.TRUE, false)))),
                () -> "the bar of True in True's colour: " + trueBar.getNode().getStyle() + " "
                        + ((javafx.scene.layout.Region) trueBar.getNode()).getBackground().getFills());

        javafx.stage.Window statistics = fx(() -> byKind.getScene().getWindow());
        window.robot.interact(() -> statistics.requestFocus());
        window.robot.type(KeyCode.ESCAPE);
        waitUntil(() -> fx(() -> !statistics.isShowing()));
    }

    @Test
    void theStatisticsScopeIsOneTabStopWhoseArrowsMoveToTheOtherScope() throws Exception {
        window.robot.interact(() -> window.area().requestFocus());
        window.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.G).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> window.robot.lookup("#statisticsRefresh").tryQuery().isPresent());
        javafx.scene.control.ToggleButton library = fx(() -> window.robot.lookup("#statisticsLibrary")
                .queryAs(javafx.scene.control.ToggleButton.class));
        javafx.scene.control.ToggleButton article = fx(() -> window.robot.lookup("#statisticsArticle")
                .queryAs(javafx.scene.control.ToggleButton.class));
        javafx.scene.Node refresh = fx(() -> window.robot.lookup("#statisticsRefresh").query());
        waitUntil(() -> fx(library::isSelected));
        window.robot.interact(refresh::requestFocus);
        window.robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        waitUntil(() -> fx(library::isFocused));
        window.robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        waitUntil(() -> fx(() -> !library.isFocused()));
        assertTrue(!fx(article::isFocused), "the scope not chosen is no Tab stop of its own");

        window.robot.interact(library::requestFocus);
        window.robot.type(KeyCode.LEFT);
        waitUntil(() -> fx(article::isFocused));
        window.robot.type(KeyCode.SPACE);
        String title = fx(() -> window.app.workspace().selection().article().meta().title());
        waitUntil(() -> fx(() -> title.equals(window.robot.lookup("#statisticsHeading").queryAs(Label.class)
                .getText())));
    }

    @Test
    void theStatisticsWindowKeepsEverySpeakersNameAndTheKindsKeysInASmallWindow() throws Exception {
        // a first run that detects in the samples: their suggestions give the chart its speakers
        window.close();
        window = new AppWindow(dir.resolve("detected.sourcemark"), dir.resolve("config-detected"), true).launch();
        window.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.G).release(KeyCode.SHIFT, KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        javafx.scene.chart.StackedBarChart<Number, String> speakers = waitFor(() -> (javafx.scene.chart
                .StackedBarChart<Number, String>) window.robot.lookup("#statisticsSpeakers").tryQuery().orElse(null));
        // the samples' detection may still be filling the project: Refresh until ten speakers are charted
        waitUntil(() -> {
            if (fx(() -> categories(speakers).size()) >= 10) {
                return true;
            }
            window.robot.interact(() -> window.robot.lookup("#statisticsRefresh")
                    .queryAs(javafx.scene.control.Button.class).fire());
            throw new AssertionError("speakers charted: " + fx(() -> categories(speakers)));
        });
        javafx.stage.Stage stage = fx(() -> (javafx.stage.Stage) speakers.getScene().getWindow());
        window.robot.interact(() -> {
            stage.setWidth(600);
            stage.setHeight(420);
        });
        waitUntil(() -> fx(() -> stage.getHeight() <= 421 && speakers.getHeight() > 0));
        window.robot.interact(() -> stage.getScene().getRoot().layout());

        javafx.scene.chart.CategoryAxis axis = fx(() -> (javafx.scene.chart.CategoryAxis) speakers.getYAxis());
        java.util.List<String> names = fx(() -> categories(speakers));
        // every name is on the axis, none left out for want of room, none longer than the axis allows
        java.util.List<String> drawn = fx(() -> axis.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof javafx.scene.text.Text && n.isVisible())
                .map(n -> ((javafx.scene.text.Text) n).getText()).toList());
        assertTrue(drawn.containsAll(names), "drawn " + drawn + " of " + names);
        assertTrue(names.stream().allMatch(n -> n.length() <= io.sourcemark.ui.statistics.StatisticsView
                .NAME_ON_AXIS), names.toString());
        assertTrue(fx(() -> speakers.getHeight()) >= 24 * names.size(), "a line per name");

        // the kinds' keys in the legend have their slices' colours
        javafx.scene.chart.PieChart byKind = fx(() -> window.robot.lookup("#statisticsByKind")
                .queryAs(javafx.scene.chart.PieChart.class));
        for (javafx.scene.chart.PieChart.Data slice : fx(() -> java.util.List.copyOf(byKind.getData()))) {
            javafx.scene.control.Label key = fx(() -> byKind.lookupAll(".chart-legend-item").stream()
                    .map(javafx.scene.control.Label.class::cast).filter(l -> l.getText().equals(slice.getName()))
                    .findFirst().orElseThrow());
            Object keyFill = fx(() -> ((javafx.scene.layout.Region) key.getGraphic()).getBackground().getFills()
                    .get(0).getFill());
            Object sliceFill = fx(() -> ((javafx.scene.layout.Region) slice.getNode()).getBackground().getFills()
                    .get(0).getFill());
            assertEquals(sliceFill, keyFill, slice.getName());
        }
        assertEquals(false, fx(() -> byKind.getLabelsVisible()), "no labels by the slices to pile up");
        // the samples' suggestions have mixed quotes: a kind of their own, as in the statements list
        assertTrue(fx(() -> byKind.getData().stream().anyMatch(d -> d.getName().matches("Mixed quotes: \\d+"))),
                fx(() -> byKind.getData().stream().map(javafx.scene.chart.PieChart.Data::getName).toList())
                        .toString());
    }

    private static java.util.List<String> categories(javafx.scene.chart.StackedBarChart<Number, String> chart) {
        return chart.getData().isEmpty() ? java.util.List.of() : chart.getData().get(0).getData().stream()
                .map(javafx.scene.chart.XYChart.Data::getYValue).toList();
    }

    private static <T> T waitFor(java.util.concurrent.Callable<T> found) throws Exception {
        java.util.concurrent.atomic.AtomicReference<T> seen = new java.util.concurrent.atomic.AtomicReference<>();
        waitUntil(() -> {
            seen.set(fx(found));
            return seen.get() != null;
        });
        return seen.get();
    }

    /** The same colour but for the rounding of the theme's derive(), which goes through hue and brightness. */
    private static boolean near(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.01 && Math.abs(a.getGreen() - b.getGreen()) < 0.01
                && Math.abs(a.getBlue() - b.getBlue()) < 0.01;
    }

    private void markInTheArticle(String words, Kind kind) throws Exception {
        int start = fx(() -> window.area().getText().indexOf(words));
        assertTrue(start >= 0, words);
        window.robot.interact(() -> {
            window.area().requestFocus();
            window.app.workspace().reader().textSelectionProperty().set(new TextRange(start, start + words.length()));
            window.app.workspace().reader().annotateSelection(kind);
        });
        waitUntil(() -> fx(() -> window.app.workspace().selection().annotation() != null
                && window.app.workspace().selection().annotation().exact().equals(words)));
    }

    private TextField field() {
        return window.robot.lookup("#searchField").queryAs(TextField.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<LibraryHit> results() {
        return window.robot.lookup("#searchResults").queryAs(ListView.class);
    }

    private Label count() {
        return window.robot.lookup("#findCount").queryAs(Label.class);
    }

    private Label message() {
        return window.robot.lookup("#searchMessage").queryAs(Label.class);
    }
}
