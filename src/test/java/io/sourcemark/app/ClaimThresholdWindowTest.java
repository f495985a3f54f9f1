package io.sourcemark.app;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static io.sourcemark.app.AppWindow.fx;
import static io.sourcemark.app.AppWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The claims slider of the legend and the statements sorted by check-worthiness, in the real window. */
class ClaimThresholdWindowTest {

    private static final String SUGGESTED_CLAIM = "sm-claim-suggested";

    @TempDir
    Path dir;
    AppWindow window;

    @BeforeEach
    void openTheFirstRunProjectWithDetection() throws Exception {
        window = new AppWindow(dir.resolve("claims.sourcemark"), dir.resolve("config"), true).launch();
        waitUntil(() -> suggestedClaims().size() >= 3);
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        window.close();
    }

    private List<Annotation> suggestedClaims() throws Exception {
        return window.rows().stream().filter(a -> a.kind() == Kind.CLAIM && a.origin() == Origin.DETECTED)
                .sorted(Comparator.comparingDouble(Annotation::score)).toList();
    }

    private Slider slider() {
        return window.robot.lookup("#legend-claim-threshold").queryAs(Slider.class);
    }

    @Test
    void movingTheSliderHidesTheLowScoredClaimsAndIsRemembered() throws Exception {
        List<Annotation> claims = suggestedClaims();
        Annotation low = claims.get(0);
        Annotation high = claims.get(claims.size() - 1);
        assertTrue(high.score() - low.score() >= 0.1, claims.toString());
        // the rows are saved before the window has drawn them
        waitUntil(() -> window.stylesAt(low.range().start()).contains(SUGGESTED_CLAIM));
        // steps of 0.05 from 0 to the first one above the lowest score: that claim goes, the highest stays
        int steps = (int) Math.floor(low.score() / 0.05) + 1;
        double threshold = steps * 0.05;
        assertTrue(threshold <= high.score(), "threshold " + threshold + " under " + high.score());

        window.robot.clickOn(window.robot.lookup("#legend-claim-threshold").queryAs(Slider.class));
        window.robot.interact(() -> slider().setValue(0)); // the click may have moved the thumb
        for (int i = 0; i < steps; i++) {
            window.robot.type(KeyCode.RIGHT);
        }
        waitUntil(() -> Math.abs(fx(() -> slider().getValue()) - threshold) < 1e-9);
        waitUntil(() -> !window.stylesAt(low.range().start()).contains(SUGGESTED_CLAIM));
        assertTrue(window.stylesAt(high.range().start()).contains(SUGGESTED_CLAIM));
        for (Annotation c : claims) {
            assertEquals(c.score() >= threshold, window.stylesAt(c.range().start()).contains(SUGGESTED_CLAIM),
                    c.exact() + " scored " + c.score());
        }
        String label = fx(() -> window.robot.lookup("#legend-claim-threshold-value").queryAs(Label.class).getText());
        assertTrue(label.contains(String.format(java.util.Locale.ROOT, "%.2f", threshold)), label);
        // hidden in the article, kept in the project and in the list
        assertEquals(claims.size(), suggestedClaims().size());
        assertTrue(fx(() -> window.statements().getItems().contains(low)));
        // chosen in the list, the hidden claim is drawn so that it can be seen; chosen no more, hidden again
        window.robot.interact(() -> window.statements().getSelectionModel().select(low));
        waitUntil(() -> window.stylesAt(low.range().start()).contains(SUGGESTED_CLAIM));
        window.robot.interact(() -> window.statements().getSelectionModel().select(high));
        waitUntil(() -> !window.stylesAt(low.range().start()).contains(SUGGESTED_CLAIM));

        window.close();
        window.launch();
        waitUntil(() -> Math.abs(fx(() -> slider().getValue()) - threshold) < 1e-9);
        waitUntil(() -> window.stylesAt(high.range().start()).contains(SUGGESTED_CLAIM));
        assertFalse(window.stylesAt(low.range().start()).contains(SUGGESTED_CLAIM));
        String settings = Files.readString(window.configDir.resolve("settings.json"));
        assertTrue(settings.contains("\"claimThreshold\""), settings);
    }

    @Test
    void movingTheSliderKeepsTheArticleWhereItWasScrolledAndTheLegendAsTall() throws Exception {
        // the longest sample article, scrolled half-way down
        java.util.List<io.sourcemark.model.ArticleSummary> articles = fx(() -> window.library().getItems().stream()
                .map(io.sourcemark.model.ArticleSummary.class::cast).toList());
        long id = 0;
        int length = 0;
        // read through the window's own project: a second connection would race the detection that writes
        for (io.sourcemark.model.ArticleSummary a : articles) {
            int chars = window.app.session().articles().article(a.id()).orElseThrow().body().length();
            if (chars > length) {
                length = chars;
                id = a.id();
            }
        }
        long chosen = id;
        window.robot.interact(() -> window.app.workspace().navigator().open(chosen));
        waitUntil(() -> fx(() -> window.app.workspace().selection().articleId() == chosen
                && window.area().getParagraphs().size() > 10 && window.area().hasHighlights()));
        // as narrow as a small laptop's screen, where the legend takes two lines
        window.robot.interact(() -> window.area().getScene().getWindow().setWidth(1024));
        int middle = fx(() -> window.area().getParagraphs().size() / 2);
        window.robot.interact(() -> window.area().showParagraphAtTop(middle));
        waitUntil(() -> fx(() -> window.area().firstVisibleParToAllParIndex() == middle));
        javafx.scene.layout.Region legend = fx(() -> window.robot.lookup("#legend").queryAs(javafx.scene.layout.Region.class));
        double legendHeight = fx(legend::getHeight);
        javafx.scene.Node tags = fx(() -> window.robot.lookup("#legend-tags").query());
        double tagsAt = fx(() -> tags.localToScene(tags.getLayoutBounds()).getMinX());

        window.robot.interact(() -> slider().setValue(0.5));
        waitUntil(() -> fx(() -> window.robot.lookup("#legend-claim-threshold-value").queryAs(Label.class)
                .getText().contains("0.50")));
        Thread.sleep(300);

        assertEquals(middle, (int) fx(() -> window.area().firstVisibleParToAllParIndex()),
                "the article stays where it was read");
        assertEquals(legendHeight, fx(legend::getHeight), 0.5, "the legend keeps its height");
        assertEquals(tagsAt, fx(() -> tags.localToScene(tags.getLayoutBounds()).getMinX()), 0.5,
                "the layer after the slider stays where it was");
    }

    @Test
    void theStatementsCanListTheMostCheckWorthyClaimsFirstWithTheirCategory() throws Exception {
        List<Annotation> claims = suggestedClaims();
        waitUntil(() -> fx(() -> window.statements().getItems().containsAll(claims)));
        window.robot.clickOn(window.robot.lookup("#statementsMostCheckWorthyFirst").queryAs(CheckBox.class));
        waitUntil(() -> fx(() -> window.statements().getItems().get(0).kind() == Kind.CLAIM));
        List<Double> shown = fx(() -> window.statements().getItems().stream().limit(claims.size())
                .map(Annotation::score).toList());
        assertEquals(claims.stream().map(Annotation::score).sorted(Comparator.reverseOrder()).toList(), shown);
        Annotation first = claims.get(claims.size() - 1);
        String details = fx(() -> window.robot.lookup("#statementList .list-cell").nth(0).queryAs(
                javafx.scene.control.ListCell.class).getGraphic().lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).toList().toString());
        assertTrue(details.contains(io.sourcemark.ui.Names.of(first.category())), details);

        window.robot.clickOn(window.robot.lookup("#statementsMostCheckWorthyFirst").queryAs(CheckBox.class));
        waitUntil(() -> fx(() -> isInReadingOrder(window.statements().getItems())));
    }

    private static boolean isInReadingOrder(List<Annotation> rows) {
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).range().start() < rows.get(i - 1).range().start()) {
                return false;
            }
        }
        return true;
    }
}
