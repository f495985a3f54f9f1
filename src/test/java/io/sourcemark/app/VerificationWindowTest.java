package io.sourcemark.app;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Evidence;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.Verdict;
import io.sourcemark.store.ProjectStore;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.sourcemark.app.AppWindow.fx;
import static io.sourcemark.app.AppWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checking a statement in the real window: a verdict by its keys, evidence by the inspector, undo and redo. */
class VerificationWindowTest {

    @TempDir
    Path dir;
    AppWindow window;

    @BeforeEach
    void openTheFirstRunProject() throws Exception {
        window = new AppWindow(dir.resolve("verify.sourcemark"), dir.resolve("config")).launch();
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        window.close();
    }

    private Annotation markQuote(int start) throws Exception {
        window.robot.interact(() -> {
            window.area().requestFocus();
            window.area().selectRange(start, start + AppWindow.QUOTE.length());
        });
        window.robot.type(KeyCode.Q);
        waitUntil(() -> window.stylesAt(start).contains("sm-direct-quote")
                && fx(() -> window.app.workspace().selection().annotation() != null));
        return fx(() -> window.app.workspace().selection().annotation());
    }

    private Annotation row(long id) throws Exception {
        return window.rows().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    private List<Evidence> evidenceRows(long statementId) {
        try (ProjectStore store = ProjectStore.open(window.project)) {
            return store.read(tx -> tx.evidence().forAnnotation(statementId));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private ListView<Evidence> evidenceList() {
        return window.robot.lookup("#evidenceList").queryAs(ListView.class);
    }

    @Test
    void vThenThreeColoursTheHighlightAsMixedAndRecordsTheReviewer() throws Exception {
        window.robot.interact(() -> window.app.workspace().preferences().reviewerProperty().set("Ana Ruiz"));
        int start = window.quoteStart();
        Annotation quote = markQuote(start);
        Color before = fx(() -> window.area().backgroundAt(start));

        window.robot.type(KeyCode.V);
        window.robot.type(KeyCode.DIGIT3);

        waitUntil(() -> window.stylesAt(start).contains("sm-verdict-mixed"));
        Color after = fx(() -> window.area().backgroundAt(start));
        assertNotEquals(before, after, "the highlight takes the verdict's colour");
        Annotation stored = row(quote.id());
        assertEquals(Verdict.MIXED, stored.verification().verdict());
        assertEquals("Ana Ruiz", stored.verification().reviewer());
        assertTrue(stored.verification().reviewedAt() != null);
        assertTrue(fx(() -> window.robot.lookup("#verdict-MIXED").queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected()), "the inspector shows the verdict");
        // the chosen button's symbol is drawn in the button's text colour on its accent fill, not in the yellow
        // of Mixed, which could hardly be seen there
        waitUntil(() -> fx(() -> {
            javafx.scene.control.ToggleButton mixed = window.robot.lookup("#verdict-MIXED")
                    .queryAs(javafx.scene.control.ToggleButton.class);
            org.kordamp.ikonli.javafx.FontIcon icon = (org.kordamp.ikonli.javafx.FontIcon) mixed.getGraphic();
            return icon.getIconColor().equals(mixed.getTextFill());
        }));
        assertEquals(ReviewStatus.DONE, stored.verification().status(), "a verdict ends a check not begun");
        assertTrue(fx(() -> window.robot.lookup("#status-DONE").queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected()), "the inspector shows the check as done");
        assertEquals("Set verdict: Mixed", fx(() -> window.app.session().history().undoLabel().orElseThrow()));
        // the Verify menu ticks the statement's verdict and status, and nothing else
        waitUntil(() -> fx(() -> ((javafx.scene.control.CheckMenuItem) window.menuItem("verdictItem-MIXED"))
                .isSelected()));
        for (String other : List.of("verdictItem-TRUE", "verdictItem-NOT_CHECKED", "statusItem-TO_CHECK")) {
            assertTrue(!fx(() -> ((javafx.scene.control.CheckMenuItem) window.menuItem(other)).isSelected()), other);
        }
        assertTrue(fx(() -> ((javafx.scene.control.CheckMenuItem) window.menuItem("statusItem-DONE")).isSelected()));
        // the statements list shows the verdict's symbol too
        waitUntil(() -> fx(() -> window.statements().lookup("#statementVerdict") != null));
    }

    @SuppressWarnings("unchecked")
    private List<String> libraryTitles() throws Exception {
        return fx(() -> ((ListView<io.sourcemark.model.ArticleSummary>) window.library()).getItems().stream()
                .map(io.sourcemark.model.ArticleSummary::title).toList());
    }

    private void showInLibrary(String choice) {
        window.robot.clickOn("#libraryProgress");
        window.robot.clickOn(window.robot.lookup(".list-cell").match(
                (Node n) -> n instanceof javafx.scene.control.ListCell<?> cell && choice.equals(cell.getText()))
                .queryAs(Node.class));
    }

    @Test
    void theLibraryShowsOnlyTheFullyCheckedArticlesAndAVerdictUndoneTakesItsArticleOut() throws Exception {
        String afp = fx(() -> window.app.workspace().selection().article().meta().title());
        int articles = libraryTitles().size();
        int start = window.quoteStart();
        markQuote(start);

        showInLibrary("Statements to check");
        waitUntil(() -> libraryTitles().equals(List.of(afp)));
        showInLibrary("Fully checked");
        waitUntil(() -> libraryTitles().isEmpty());
        assertEquals("No article is fully checked yet.", fx(() -> ((Label) window.library().getPlaceholder())
                .getText()));

        window.robot.interact(() -> window.area().requestFocus());
        window.robot.type(KeyCode.V);
        window.robot.type(KeyCode.DIGIT1);
        waitUntil(() -> libraryTitles().equals(List.of(afp)));
        showInLibrary("No statements yet");
        waitUntil(() -> libraryTitles().size() == articles - 1 && !libraryTitles().contains(afp));

        showInLibrary("Fully checked");
        waitUntil(() -> libraryTitles().equals(List.of(afp)));
        window.robot.interact(() -> window.area().requestFocus());
        window.robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> libraryTitles().isEmpty());
        showInLibrary("All articles");
        waitUntil(() -> libraryTitles().size() == articles);

        // typed one letter at a time: each answer but the first is as empty as the last, and the message follows
        window.robot.clickOn("#libraryFilter").write("zzqxw");
        waitUntil(() -> libraryTitles().isEmpty() && "No article matches “zzqxw”.".equals(
                fx(() -> ((Label) window.library().getPlaceholder()).getText())));
    }

    @Test
    void aVerdictKeyGivenUpTakesBackItsHintAndSetsNothing() throws Exception {
        int start = window.quoteStart();
        Annotation quote = markQuote(start);
        window.robot.type(KeyCode.V);
        waitUntil(() -> fx(() -> window.app.workspace().status().textProperty().get())
                .startsWith("Verdict: 0 not checked, 1 true"));
        window.robot.type(KeyCode.DIGIT9);
        waitUntil(() -> fx(() -> window.app.workspace().status().textProperty().get())
                .equals("No verdict given: V then a digit from 0 to 7 sets one, V then T, P or D the review status."));
        assertEquals(io.sourcemark.model.Verdict.NOT_CHECKED, row(quote.id()).verification().verdict(),
                "no verdict was set");
    }

    @Test
    void vThenPSetsTheCheckInProgressAndVThenDEndsItAsTheVerifyMenuSays() throws Exception {
        int start = window.quoteStart();
        Annotation quote = markQuote(start);
        window.robot.type(KeyCode.V);
        waitUntil(() -> fx(() -> window.app.workspace().status().textProperty().get())
                .endsWith("7 unverifiable · status T, P, D"));
        window.robot.type(KeyCode.P);
        waitUntil(() -> row(quote.id()).verification().status() == ReviewStatus.IN_PROGRESS);
        assertEquals(Verdict.NOT_CHECKED, row(quote.id()).verification().verdict(), "a status is no verdict");
        waitUntil(() -> fx(() -> window.robot.lookup("#status-IN_PROGRESS")
                .queryAs(javafx.scene.control.ToggleButton.class).isSelected()));
        assertEquals("Set review status: In progress",
                fx(() -> window.app.session().history().undoLabel().orElseThrow()));
        window.robot.type(KeyCode.V).type(KeyCode.D);
        waitUntil(() -> row(quote.id()).verification().status() == ReviewStatus.DONE);
        javafx.scene.control.MenuItem done = fx(() -> window.menuItem("statusItem-DONE"));
        assertEquals("Review status: Done", fx(done::getText));
        assertEquals("V, D", fx(() -> done.getAccelerator().getDisplayText()));
    }

    @Test
    void theVerdictsAndTheStatusesAreOneTabStopEachAndTheArrowsMoveAlongThem() throws Exception {
        markQuote(window.quoteStart());
        // looked up on the FX thread by the callers' fx(…)
        java.util.function.Function<String, javafx.scene.control.ToggleButton> button = id -> window.robot
                .lookup("#" + id).queryAs(javafx.scene.control.ToggleButton.class);
        waitUntil(() -> fx(() -> button.apply("verdict-NOT_CHECKED").isVisible()));
        javafx.scene.control.ToggleButton notChecked = fx(() -> button.apply("verdict-NOT_CHECKED"));
        // from the speaker's Mention… button, the one before the verdicts, Tab reaches the chosen verdict only
        Button mention = fx(() -> window.robot.lookup("#speakerFromMention").queryAs(Button.class));
        window.robot.interact(mention::requestFocus);
        window.robot.type(KeyCode.TAB);
        waitUntil(() -> fx(notChecked::isFocused));
        window.robot.type(KeyCode.TAB);
        waitUntil(() -> fx(() -> button.apply("status-TO_CHECK").isFocused()));
        window.robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        waitUntil(() -> fx(notChecked::isFocused));

        // the first verdict after Not checked, by the arrow, is chosen by Space
        List<Verdict> order = List.of(Verdict.values());
        Verdict next = order.get(order.indexOf(Verdict.NOT_CHECKED) + 1);
        window.robot.type(KeyCode.RIGHT);
        waitUntil(() -> fx(() -> button.apply("verdict-" + next.name()).isFocused()));
        assertTrue(fx(notChecked::isSelected), "moving to a verdict does not show it chosen before Space");
        window.robot.type(KeyCode.SPACE);
        long id = fx(() -> window.app.workspace().selection().annotation().id());
        waitUntil(() -> row(id).verification().verdict() == next);
        // the chosen verdict is the row's Tab stop now
        window.robot.type(KeyCode.TAB);
        waitUntil(() -> fx(() -> button.apply("status-DONE").isFocused())); // a verdict ended the check
        window.robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        waitUntil(() -> fx(() -> button.apply("verdict-" + next.name()).isFocused()));
    }

    @Test
    void anArticleNoteStillBeingTypedIsSavedAsTheWindowCloses() throws Exception {
        long articleId = fx(() -> window.app.workspace().selection().article().id());
        javafx.scene.control.TextArea articleNote = fx(() -> window.robot.lookup("#articleNoteText")
                .queryAs(javafx.scene.control.TextArea.class));
        window.robot.interact(articleNote::requestFocus);
        window.robot.write("Checked by the desk on Monday");
        waitUntil(() -> fx(() -> articleNote.getText().equals("Checked by the desk on Monday")));

        window.close(); // as Ctrl+Q, the keyboard still in the field
        try (ProjectStore store = ProjectStore.open(window.project)) {
            assertEquals("Checked by the desk on Monday", store.read(tx -> tx.articles().find(articleId))
                    .orElseThrow().note());
        }
    }

    @Test
    void aRationaleStillBeingTypedIsSavedAsTheWindowCloses() throws Exception {
        long articleId = fx(() -> window.app.workspace().selection().article().id());
        Annotation quote = markQuote(window.quoteStart());
        waitUntil(() -> window.robot.lookup("#rationaleText").tryQuery().map(Node::isVisible).orElse(false));
        javafx.scene.control.TextArea rationale = fx(() -> window.robot.lookup("#rationaleText")
                .queryAs(javafx.scene.control.TextArea.class));
        window.robot.interact(rationale::requestFocus);
        window.robot.write("The ministry's figures");
        waitUntil(() -> fx(() -> rationale.getText().equals("The ministry's figures")));

        window.close();
        try (ProjectStore store = ProjectStore.open(window.project)) {
            Annotation stored = store.read(tx -> tx.annotations().forArticle(articleId)).stream()
                    .filter(a -> a.id() == quote.id()).findFirst().orElseThrow();
            assertEquals("The ministry's figures", stored.verification().rationale());
        }
    }

    @Test
    void aWheelNotchMovesTheInspectorByItsDistanceAndAnotherStatementIsShownFromItsTop() throws Exception {
        markQuote(window.quoteStart());
        javafx.scene.control.ScrollPane scroll = fx(() -> window.robot.lookup("#inspectorScroll")
                .queryAs(javafx.scene.control.ScrollPane.class));
        waitUntil(() -> fx(() -> scroll.getContent().getLayoutBounds().getHeight()
                > scroll.getViewportBounds().getHeight() + 100));
        double hidden = fx(() -> scroll.getContent().getLayoutBounds().getHeight()
                - scroll.getViewportBounds().getHeight());
        Node heading = fx(() -> scroll.getContent().lookup(".title-4"));
        window.robot.interact(() -> heading.fireEvent(wheelNotch(-40)));
        assertEquals(40, fx(scroll::getVvalue) * hidden, 0.5, "a notch of 40 pixels moves the content 40 pixels");

        long first = fx(() -> window.app.workspace().selection().annotation().id());
        window.robot.interact(() -> { // another statement: the article's first words marked as a claim
            window.area().requestFocus();
            window.area().selectRange(0, 30);
        });
        window.robot.type(KeyCode.C);
        waitUntil(() -> fx(() -> window.app.workspace().selection().annotation() != null
                && window.app.workspace().selection().annotation().id() != first));
        waitUntil(() -> fx(() -> scroll.getVvalue() == 0));
    }

    @Test
    void theWheelOverALongRationaleScrollsTheRationaleAndLeavesTheInspectorWhereItIs() throws Exception {
        markQuote(window.quoteStart());
        waitUntil(() -> window.robot.lookup("#rationaleText").tryQuery().map(Node::isVisible).orElse(false));
        javafx.scene.control.TextArea rationale = fx(() -> window.robot.lookup("#rationaleText")
                .queryAs(javafx.scene.control.TextArea.class));
        javafx.scene.control.ScrollPane scroll = fx(() -> window.robot.lookup("#inspectorScroll")
                .queryAs(javafx.scene.control.ScrollPane.class));
        window.robot.interact(() -> rationale.setText("A line of the rationale\n".repeat(60)));
        waitUntil(() -> fx(() -> scroll.getContent().getLayoutBounds().getHeight()
                > scroll.getViewportBounds().getHeight() + 100));
        Node text = fx(() -> rationale.lookup(".content"));
        double inspectorBefore = fx(scroll::getVvalue);
        window.robot.interact(() -> text.fireEvent(wheelNotch(-40)));
        assertTrue(fx(rationale::getScrollTop) > 0, "the rationale scrolled under the wheel");
        assertEquals(inspectorBefore, fx(scroll::getVvalue), 1e-9, "the inspector stayed where it was");
    }

    private static javafx.scene.input.ScrollEvent wheelNotch(double deltaY) {
        return new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL, 10, 10, 10, 10,
                false, false, false, false, false, false, 0, deltaY, 0, deltaY,
                javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    @Test
    void clickingAnotherHighlightFromTheRationaleSavesItAndSelectsThatHighlightInOneClick() throws Exception {
        window.robot.interact(() -> {
            window.area().requestFocus();
            window.area().selectRange(0, 30);
        });
        window.robot.type(KeyCode.C);
        waitUntil(() -> fx(() -> window.app.workspace().selection().annotation() != null));
        Annotation claim = fx(() -> window.app.workspace().selection().annotation());
        Annotation quote = markQuote(window.quoteStart());
        waitUntil(() -> window.robot.lookup("#rationaleText").tryQuery().map(Node::isVisible).orElse(false));
        javafx.scene.control.TextArea rationale = fx(() -> window.robot.lookup("#rationaleText")
                .queryAs(javafx.scene.control.TextArea.class));
        window.robot.interact(rationale::requestFocus);
        window.robot.write("Seen in the transcript");

        // the click's press: the article takes the keyboard (the rationale is saved) and the claim is selected
        window.robot.interact(() -> {
            window.area().requestFocus();
            window.app.workspace().selection().annotationProperty().set(claim);
        });
        waitUntil(() -> "Seen in the transcript".equals(row(quote.id()).verification().rationale()));
        Thread.sleep(300);
        assertEquals(claim.id(), (long) fx(() -> window.app.workspace().selection().annotation().id()),
                "the highlight clicked stays selected once the rationale is saved");
    }

    @Test
    void tabLeavesTheRationaleAndTheNoteAsItLeavesEveryOtherField() throws Exception {
        markQuote(window.quoteStart());
        for (String field : List.of("#rationaleText", "#noteText")) {
            waitUntil(() -> window.robot.lookup(field).tryQuery().map(Node::isVisible).orElse(false));
            javafx.scene.control.TextArea area = fx(() -> window.robot.lookup(field)
                    .queryAs(javafx.scene.control.TextArea.class));
            window.robot.interact(area::requestFocus);
            window.robot.write("Seen");
            window.robot.type(KeyCode.TAB);
            waitUntil(() -> fx(() -> !area.isFocused()));
            assertEquals("Seen", fx(area::getText), field + " takes no tab character");
            window.robot.interact(area::requestFocus);
            window.robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
            waitUntil(() -> fx(() -> !area.isFocused()));
            assertEquals("Seen", fx(area::getText));
        }
    }

    @Test
    void aCheckMadeWithoutANameAsksForOneOnlyUntilOneIsSet() throws Exception {
        int start = window.quoteStart();
        Annotation quote = markQuote(start);
        window.robot.type(KeyCode.V);
        window.robot.type(KeyCode.DIGIT1);
        waitUntil(() -> window.stylesAt(start).contains("sm-verdict-true"));
        Label reviewed = fx(() -> window.robot.lookup("#verificationReviewed").queryAs(Label.class));
        waitUntil(() -> fx(reviewed::getText).endsWith("(put your name in Edit ▸ Preferences… to sign your checks)"));

        window.robot.interact(() -> window.app.workspace().preferences().reviewerProperty().set("Ana Ruiz"));
        waitUntil(() -> fx(reviewed::getText).endsWith(", unsigned")); // at once, the check still shown
        window.robot.interact(() -> window.app.workspace().selection().annotationProperty().set(null));
        Annotation stored = row(quote.id());
        window.robot.interact(() -> window.app.workspace().selection().annotationProperty().set(stored));
        waitUntil(() -> fx(reviewed::getText).endsWith(", unsigned"));
        assertNull(row(quote.id()).verification().reviewer(), "the check made before the name stays unsigned");
    }

    @Test
    void addsEvidenceRefusingAnAddressThatIsNotAWebAddressThenUndoAndRedo() throws Exception {
        int start = window.quoteStart();
        Annotation quote = markQuote(start);
        window.robot.type(KeyCode.V);
        window.robot.type(KeyCode.DIGIT5);
        waitUntil(() -> window.stylesAt(start).contains("sm-verdict-false"));

        Platform.runLater(() -> window.robot.lookup("#evidenceAdd").queryAs(Button.class).fire());
        waitUntil(() -> window.robot.lookup("#evidenceUrl").tryQuery().isPresent());
        // a form just opened says what it needs as a hint, not as an error; the date as the window writes dates
        Label problem = fx(() -> window.robot.lookup("#evidenceProblem").queryAs(Label.class));
        assertTrue(fx(() -> problem.isVisible() && problem.getStyleClass().contains("text-muted")
                && !problem.getStyleClass().contains("danger")), () -> problem.getStyleClass().toString());
        assertEquals(java.time.LocalDate.now().toString(), fx(() -> window.robot.lookup("#evidenceAccessed")
                .queryAs(javafx.scene.control.DatePicker.class).getEditor().getText()));
        window.robot.clickOn("#evidenceUrl").write("file:///etc/passwd");
        waitUntil(() -> fx(() -> window.robot.lookup("#evidenceProblem").queryAs(Label.class).isVisible()));
        assertTrue(fx(() -> problem.getStyleClass().contains("danger")), "once typed, what is wrong is an error");
        assertEquals("Only web addresses (http:// or https://) can be evidence.",
                fx(() -> window.robot.lookup("#evidenceProblem").queryAs(Label.class).getText()));
        Node ok = fx(() -> window.robot.lookup("#evidenceUrl").queryAs(TextField.class).getScene()
                .lookup(".dialog-pane").lookupAll(".button").stream()
                .filter(b -> ((Button) b).isDefaultButton()).findFirst().orElseThrow());
        assertTrue(fx(ok::isDisabled), "OK waits for a web address");

        // typed as in a browser's address bar: https:// is meant
        window.robot.interact(() -> window.robot.lookup("#evidenceUrl").queryAs(TextField.class)
                .setText("example.org/arms-report"));
        waitUntil(() -> fx(() -> !ok.isDisabled()));
        window.robot.interact(() -> window.robot.lookup("#evidenceTitle").queryAs(TextField.class)
                .setText("UN panel report"));
        // Enter in the note is a new line of it, not OK
        window.robot.clickOn("#evidenceNote").write("Annex 3");
        window.robot.type(KeyCode.ENTER);
        window.robot.write("page 12");
        assertEquals("Annex 3\npage 12", fx(() -> window.robot.lookup("#evidenceNote")
                .queryAs(javafx.scene.control.TextArea.class).getText()));
        window.robot.clickOn(ok);

        waitUntil(() -> fx(() -> evidenceList().getItems().size() == 1));
        List<Evidence> rows = evidenceRows(quote.id());
        assertEquals(1, rows.size());
        assertEquals("https://example.org/arms-report", rows.get(0).url());
        assertEquals("UN panel report", rows.get(0).title());
        assertEquals("Annex 3\npage 12", rows.get(0).note());

        window.robot.interact(() -> window.area().requestFocus());
        window.robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> fx(() -> evidenceList().getItems().isEmpty()));
        assertEquals(List.of(), evidenceRows(quote.id()));

        window.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> fx(() -> evidenceList().getItems().size() == 1));

        window.robot.press(KeyCode.CONTROL).type(KeyCode.Z).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> !window.stylesAt(start).contains("sm-verdict-false"));
        assertEquals(Verdict.NOT_CHECKED, row(quote.id()).verification().verdict());
    }

    private Node focusOwner() throws Exception {
        return fx(() -> window.area().getScene().getFocusOwner());
    }

    @Test
    void editingOrDeletingEvidenceKeepsTheKeyboardInTheEvidenceInsteadOfJumpingToTheNote() throws Exception {
        Annotation quote = markQuote(window.quoteStart());
        for (String url : List.of("https://example.org/first", "https://example.org/second")) {
            window.robot.interact(() -> window.app.workspace().checking().addEvidence(quote,
                    new io.sourcemark.service.EvidenceDraft(url, null, null, io.sourcemark.model.Stance.SUPPORTS,
                            java.time.LocalDate.of(2024, 6, 1)), () -> { }));
            waitUntil(() -> fx(() -> evidenceList().getItems().stream().anyMatch(e -> e.url().equals(url))));
        }
        Button edit = fx(() -> window.robot.lookup("#evidenceEdit").queryAs(Button.class));
        window.robot.interact(() -> {
            evidenceList().getSelectionModel().select(0);
            edit.requestFocus();
        });
        long first = fx(() -> evidenceList().getSelectionModel().getSelectedItem().id());

        Platform.runLater(edit::fire);
        waitUntil(() -> window.robot.lookup("#evidenceUrl").tryQuery().isPresent());
        window.robot.interact(() -> window.robot.lookup("#evidenceUrl").queryAs(TextField.class)
                .setText("https://example.org/edited"));
        window.robot.type(KeyCode.ENTER);
        waitUntil(() -> evidenceRows(quote.id()).stream().anyMatch(e -> e.url().equals("https://example.org/edited"))
                && fx(() -> evidenceList().getItems().stream().anyMatch(e -> e.url().endsWith("/edited"))));
        window.robot.sleep(300); // a pulse or two, for the focus to move if it were going to
        assertEquals(first, fx(() -> evidenceList().getSelectionModel().getSelectedItem().id()),
                "the edited row stays chosen");
        assertEquals(edit, focusOwner(), "the keyboard stays on Edit");

        Button delete = fx(() -> window.robot.lookup("#evidenceDelete").queryAs(Button.class));
        window.robot.interact(delete::requestFocus);
        window.robot.interact(delete::fire);
        waitUntil(() -> evidenceRows(quote.id()).size() == 1 && fx(() -> evidenceList().getItems().size() == 1));
        window.robot.sleep(300);
        assertEquals("https://example.org/second", fx(() -> evidenceList().getSelectionModel().getSelectedItem()
                .url()), "its neighbour is chosen in its place");
        assertEquals(delete, focusOwner(), "and the keyboard stays on Delete");

        window.robot.interact(delete::fire);
        waitUntil(() -> evidenceRows(quote.id()).isEmpty() && fx(() -> evidenceList().getItems().isEmpty()));
        window.robot.sleep(300);
        assertEquals(fx(() -> window.robot.lookup("#evidenceAdd").query()), focusOwner(),
                "with no row left, the keyboard is on Add");
    }

    @Test
    void theDateAccessedIsTheOneTypedEvenWithEnterAndADayThatDoesNotExistIsSaidNotSaved() throws Exception {
        Annotation quote = markQuote(window.quoteStart());
        Platform.runLater(() -> window.robot.lookup("#evidenceAdd").queryAs(Button.class).fire());
        waitUntil(() -> window.robot.lookup("#evidenceUrl").tryQuery().isPresent());
        window.robot.interact(() -> window.robot.lookup("#evidenceUrl").queryAs(TextField.class)
                .setText("https://example.org/arms-report"));
        javafx.scene.control.DatePicker accessed = fx(() -> window.robot.lookup("#evidenceAccessed")
                .queryAs(javafx.scene.control.DatePicker.class));
        Label problem = fx(() -> window.robot.lookup("#evidenceProblem").queryAs(Label.class));
        Node ok = fx(() -> accessed.getScene().lookup(".dialog-pane").lookupAll(".button").stream()
                .filter(b -> ((Button) b).isDefaultButton()).findFirst().orElseThrow());

        // February has no 30th: said, OK disabled, and the text stays when the field loses the focus
        window.robot.clickOn(accessed.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("2031-02-30");
        waitUntil(() -> fx(problem::isVisible));
        assertEquals("Write the date accessed as year-month-day, a day of the calendar: 2024-05-31.",
                fx(problem::getText));
        assertTrue(fx(ok::isDisabled));
        window.robot.clickOn("#evidenceTitle");
        waitUntil(() -> fx(() -> accessed.getValue() != null));
        assertEquals("2031-02-30", fx(() -> accessed.getEditor().getText()), "what was typed is kept to correct");
        assertTrue(fx(ok::isDisabled));

        String future = java.time.LocalDate.now().plusDays(2).toString();
        window.robot.clickOn(accessed.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write(future);
        waitUntil(() -> fx(problem::getText).equals("The date accessed cannot be after today."));

        // a day typed and Enter at once, the picker not yet told: the day typed is the one saved
        window.robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("2024-06-01");
        waitUntil(() -> fx(() -> !ok.isDisabled()));
        window.robot.type(KeyCode.ENTER);
        waitUntil(() -> evidenceRows(quote.id()).size() == 1);
        assertEquals(java.time.LocalDate.of(2024, 6, 1), evidenceRows(quote.id()).get(0).accessed());
    }

    @Test
    void redoGivesBackTheCheckAsItWasMadeItsTimeIncluded() throws Exception {
        window.robot.interact(() -> window.app.workspace().preferences().reviewerProperty().set("Ana Ruiz"));
        int start = window.quoteStart();
        Annotation quote = markQuote(start);
        window.robot.type(KeyCode.V);
        window.robot.type(KeyCode.DIGIT3);
        waitUntil(() -> window.stylesAt(start).contains("sm-verdict-mixed"));
        io.sourcemark.model.Verification made = row(quote.id()).verification();

        // long enough that a check written again would carry another time
        Thread.sleep(1100);
        window.robot.interact(() -> window.area().requestFocus());
        window.robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> !window.stylesAt(start).contains("sm-verdict-mixed"));
        window.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> window.stylesAt(start).contains("sm-verdict-mixed"));
        Thread.sleep(500);

        assertEquals(made, row(quote.id()).verification());
        assertEquals("Set verdict: Mixed", fx(() -> window.app.session().history().undoLabel().orElseThrow()));
    }
}
