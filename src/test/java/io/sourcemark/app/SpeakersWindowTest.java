package io.sourcemark.app;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.ArticleSummary;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Link;
import io.sourcemark.model.Relation;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.TextRange;
import io.sourcemark.store.ProjectStore;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static io.sourcemark.app.AppWindow.fx;
import static io.sourcemark.app.AppWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Speakers and links in the real window: typing a speaker, merging speakers, linking across articles. */
class SpeakersWindowTest {

    static final String OPEN_QUESTION = "It remains an open question";

    @TempDir
    Path dir;
    AppWindow window;

    @BeforeEach
    void openTheFirstRunProject() throws Exception {
        window = new AppWindow(dir.resolve("speakers.sourcemark"), dir.resolve("config")).launch();
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        window.close();
    }

    @Test
    void typingANameCreatesTheSpeakerAndCompletionFindsItAgain() throws Exception {
        Annotation first = markSaidBy(AppWindow.QUOTE, Kind.DIRECT_QUOTE, "Jake Sullivan");
        assertEquals("Undo: Create speaker Jake Sullivan", fx(() -> window.app.workspace().history()
                .undoTextProperty().get()));

        Annotation second = mark(OPEN_QUESTION, Kind.DIRECT_QUOTE);
        window.robot.interact(() -> field().requestFocus());
        window.robot.write("sulli");
        waitUntil(() -> fx(() -> window.robot.lookup("#speakerCompletions").queryAs(ListView.class).getItems()
                .equals(List.of("Jake Sullivan"))));
        Node completion = fx(() -> window.robot.lookup("#speakerCompletions .list-cell").query());
        window.robot.clickOn(completion);
        waitUntil(() -> speakerOf(second).map(Speaker::name).orElse("").equals("Jake Sullivan"));
        assertEquals(1, read(tx -> tx.speakers().list()).size(), "the completion chose the same speaker");

        window.robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> speakerOf(second).isEmpty());
        window.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> speakerOf(second).isPresent());
    }

    @Test
    void escInTheSpeakerFieldPutsBackTheNameAndClosesTheNamesOffered() throws Exception {
        Annotation first = markSaidBy(AppWindow.QUOTE, Kind.DIRECT_QUOTE, "Jake Sullivan");
        ListView<?> offered = fx(() -> window.robot.lookup("#speakerCompletions").queryAs(ListView.class));

        window.robot.interact(() -> field().requestFocus());
        window.robot.interact(() -> field().clear());
        window.robot.write("sulli");
        waitUntil(() -> fx(offered::isVisible));
        window.robot.type(KeyCode.ESCAPE);

        waitUntil(() -> fx(() -> "Jake Sullivan".equals(field().getText())));
        // the reading of the speakers that Esc starts puts the name back a second time, later
        Thread.sleep(300);
        assertTrue(fx(() -> !offered.isVisible()), "Esc closes the names offered");
        assertEquals("Jake Sullivan", fx(() -> field().getText()));
        assertEquals("Jake Sullivan", speakerOf(first).orElseThrow().name(), "nothing was changed");
    }

    @Test
    void enterInAnyFieldOfTheEditFormSavesItAndEscGivesUp() throws Exception {
        Annotation first = markSaidBy(AppWindow.QUOTE, Kind.DIRECT_QUOTE, "Jake Sullivan");
        ListView<?> speakers = chooseTheFirstOf(1);

        window.robot.clickOn("#speakerEdit");
        window.robot.clickOn("#speakerRole").write("national security adviser");
        window.robot.type(KeyCode.ENTER);
        waitUntil(() -> "national security adviser".equals(speakerOf(first).map(Speaker::role).orElse(null)));
        waitUntil(() -> fx(() -> !window.robot.lookup(".sm-speaker-editor").query().isVisible()));

        window.robot.clickOn("#speakerEdit");
        window.robot.clickOn("#speakerAliases").write("Sullivan");
        window.robot.type(KeyCode.ESCAPE);
        waitUntil(() -> fx(() -> !window.robot.lookup(".sm-speaker-editor").query().isVisible()));
        assertTrue(fx(speakers::isFocused), "the keyboard goes back to the list of speakers");
        Thread.sleep(300);
        assertEquals(List.of(), speakerOf(first).orElseThrow().aliases(), "Esc saved nothing");
    }

    @Test
    void aNameAnotherSpeakerHasIsRefusedAndTheFormStaysOpenWithWhatWasTyped() throws Exception {
        markSaidBy(AppWindow.QUOTE, Kind.DIRECT_QUOTE, "Jake Sullivan");
        markSaidBy(OPEN_QUESTION, Kind.DIRECT_QUOTE, "Mr. Sullivan");
        chooseTheFirstOf(2);
        String chosen = fx(() -> window.app.workspace().speakers().chosenProperty().get().speaker().name());
        String other = chosen.equals("Jake Sullivan") ? "Mr. Sullivan" : "Jake Sullivan";

        window.robot.clickOn("#speakerEdit");
        window.robot.clickOn("#speakerRole").write("national security adviser");
        TextField name = fx(() -> window.robot.lookup("#speakerName").queryAs(TextField.class));
        window.robot.interact(() -> name.setText(other));
        window.robot.clickOn("#speakerSave");
        String refused = "“" + other + "” is already the name of another speaker. Merge the two speakers instead.";
        waitUntil(() -> {
            String said = fx(() -> window.robot.lookup("#statusMessage").queryAs(Label.class).getText());
            assertEquals(refused, said);
            return true;
        });
        Thread.sleep(300);
        assertTrue(fx(() -> window.robot.lookup(".sm-speaker-editor").query().isVisible()), "the form stays open");
        Label inForm = fx(() -> window.robot.lookup("#speakerRefusal").queryAs(Label.class));
        assertTrue(fx(inForm::isVisible), "and says why under its fields");
        assertEquals(refused, fx(inForm::getText));
        assertEquals(other, fx(name::getText));
        assertEquals("national security adviser", fx(() -> window.robot.lookup("#speakerRole")
                .queryAs(TextField.class).getText()), "and what else was typed in it");

        // another speaker's name as an alias is refused in the same way
        TextField aliases = fx(() -> window.robot.lookup("#speakerAliases").queryAs(TextField.class));
        window.robot.interact(() -> {
            name.setText(chosen);
            aliases.setText(other);
        });
        window.robot.clickOn("#speakerAliases").type(KeyCode.ENTER);
        String notAnAlias = "“" + other + "” is the name of another speaker, not an alias. Merge the two speakers "
                + "instead.";
        waitUntil(() -> notAnAlias.equals(fx(inForm::getText)) && fx(inForm::isVisible));

        // the name put right, Enter saves and closes it
        window.robot.interact(() -> aliases.setText(""));
        window.robot.clickOn("#speakerRole").type(KeyCode.ENTER);
        waitUntil(() -> fx(() -> !window.robot.lookup(".sm-speaker-editor").query().isVisible()));
        waitUntil(() -> speakerRows().stream().anyMatch(s -> s.name().equals(chosen)
                && "national security adviser".equals(s.role())));
    }

    @Test
    void theFilterNarrowsTheSpeakersToMergeInAndTheChosenOneIsNotAmongThem() throws Exception {
        Annotation first = markSaidBy(AppWindow.QUOTE, Kind.DIRECT_QUOTE, "Jake Sullivan");
        Annotation second = markSaidBy(OPEN_QUESTION, Kind.DIRECT_QUOTE, "Mr. Sullivan");
        Annotation third = markSaidBy("Dmitry Peskov", Kind.SPEAKER, "Dmitry Peskov");

        window.robot.interact(() -> window.robot.lookup("#sideTabs").queryAs(TabPane.class).getSelectionModel()
                .select(1));
        ListView<?> speakers = fx(() -> window.robot.lookup("#speakerList").queryAs(ListView.class));
        waitUntil(() -> fx(() -> speakers.getItems().size() == 3));
        window.robot.clickOn("#speakerFilter").write("sulli");
        waitUntil(() -> fx(() -> speakers.getItems().size() == 2));
        window.robot.clickOn(fx(() -> window.robot.lookup("#speakerList .list-cell").nth(0).queryAs(Node.class)));
        waitUntil(() -> fx(() -> !window.robot.lookup("#speakerMerge").query().isDisabled()));
        String kept = fx(() -> ((io.sourcemark.model.SpeakerOverview) speakers.getSelectionModel()
                .getSelectedItem()).speaker().name());
        window.robot.clickOn("#speakerMerge");
        @SuppressWarnings("unchecked")
        ComboBox<io.sourcemark.model.SpeakerOverview> mergeWith = fx(() -> window.robot.lookup("#mergeWith")
                .queryAs(ComboBox.class));
        // the other Sullivan only: not Peskov, whom the filter leaves out, nor the speaker chosen to keep
        waitUntil(() -> fx(() -> mergeWith.getItems().stream().map(o -> o.speaker().name()).toList()
                .equals(List.of(kept.equals("Jake Sullivan") ? "Mr. Sullivan" : "Jake Sullivan"))));

        window.robot.interact(() -> window.robot.lookup("#speakerFilter").queryAs(TextField.class).clear());
        waitUntil(() -> fx(() -> mergeWith.getItems().size() == 2));
        assertTrue(fx(() -> mergeWith.getItems().stream().noneMatch(o -> o.speaker().name().equals(kept))));

        // with the merge form open, the filter finds the speaker to merge in: the one to keep stays chosen
        window.robot.interact(() -> window.robot.lookup("#speakerFilter").queryAs(TextField.class).setText("pesk"));
        waitUntil(() -> fx(() -> speakers.getItems().size() == 1));
        waitUntil(() -> fx(() -> mergeWith.getItems().stream().map(o -> o.speaker().name()).toList()
                .equals(List.of("Dmitry Peskov"))));
        assertEquals(kept, fx(() -> window.app.workspace().speakers().chosenProperty().get().speaker().name()));
        assertTrue(fx(() -> mergeWith.getParent().isVisible()), "the form stays open");
        // the form given up, a filter that hides the chosen speaker lets them go: Edit, Merge and Split cannot act
        // on someone unseen
        window.robot.interact(mergeWith::requestFocus);
        window.robot.type(KeyCode.ESCAPE);
        waitUntil(() -> fx(() -> !mergeWith.getParent().isVisible()));
        waitUntil(() -> fx(() -> window.robot.lookup("#speakerMerge").query().isDisabled()));
        assertTrue(fx(() -> window.app.workspace().speakers().chosenProperty().get() == null));
        assertTrue(fx(() -> window.robot.lookup("#speakerEdit").query().isDisabled()));
    }

    @Test
    void theMergeFormSaysWhomItKeepsShowsItsPromptWholeAndEscGivesItUp() throws Exception {
        markSaidBy(AppWindow.QUOTE, Kind.DIRECT_QUOTE, "Jake Sullivan");
        markSaidBy(OPEN_QUESTION, Kind.DIRECT_QUOTE, "Mr. Sullivan");
        ListView<?> speakers = chooseTheFirstOf(2);
        String kept = fx(() -> ((io.sourcemark.model.SpeakerOverview) speakers.getSelectionModel()
                .getSelectedItem()).speaker().name());
        window.robot.clickOn("#speakerMerge");
        ComboBox<?> mergeWith = fx(() -> window.robot.lookup("#mergeWith").queryAs(ComboBox.class));
        waitUntil(() -> fx(mergeWith::isFocused));

        // what the form does, and to whom, in words; the list's prompt read whole, not cut to "Speaker to mer…"
        assertTrue(fx(() -> window.robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().equals("Merge another speaker into " + kept
                        + ", who keeps the name:"))), "the form names the speaker kept");
        String prompt = fx(() -> {
            mergeWith.applyCss();
            mergeWith.layout();
            // the words the button cell draws: a prompt too long for it is drawn cut, with an ellipsis
            return ((javafx.scene.text.Text) mergeWith.getButtonCell().lookup(".text")).getText();
        });
        assertEquals("Speaker to merge in", prompt);

        window.robot.type(KeyCode.ESCAPE);
        waitUntil(() -> fx(() -> !mergeWith.getParent().isVisible()));
        assertTrue(fx(speakers::isFocused), "the list has the keys again");
        assertEquals(2, read(tx -> tx.speakers().list()).size(), "Esc merged no one");
    }

    @Test
    void mergingTwoSpeakersShowsOneWithEveryStatementInWhoSaidWhat() throws Exception {
        Annotation first = markSaidBy(AppWindow.QUOTE, Kind.DIRECT_QUOTE, "Jake Sullivan");
        Annotation second = markSaidBy(OPEN_QUESTION, Kind.DIRECT_QUOTE, "Mr. Sullivan");

        window.robot.interact(() -> window.robot.lookup("#sideTabs").queryAs(TabPane.class).getSelectionModel()
                .select(1));
        ListView<?> speakers = fx(() -> window.robot.lookup("#speakerList").queryAs(ListView.class));
        waitUntil(() -> fx(() -> speakers.getItems().size() == 2));
        Node firstSpeaker = fx(() -> window.robot.lookup("#speakerList .list-cell").nth(0).queryAs(Node.class));
        double listHeight = fx(speakers::getHeight);
        assertTrue(fx(() -> window.robot.lookup("#speakerMerge").query().isDisabled()), "no speaker chosen yet");
        window.robot.clickOn(firstSpeaker);
        waitUntil(() -> fx(() -> !window.robot.lookup("#speakerMerge").query().isDisabled()));
        assertEquals(listHeight, fx(speakers::getHeight), 0.01, "choosing a speaker does not move the list");
        window.robot.clickOn("#speakerMerge");
        @SuppressWarnings("unchecked")
        ComboBox<Object> mergeWith = fx(() -> window.robot.lookup("#mergeWith").queryAs(ComboBox.class));
        window.robot.interact(() -> mergeWith.getSelectionModel().select(mergeWith.getItems().stream()
                .filter(o -> o.toString().contains("Mr. Sullivan")).findFirst().orElseThrow()));
        window.robot.clickOn("#mergeConfirm");

        waitUntil(() -> read(tx -> tx.speakers().list()).size() == 1);
        Speaker kept = read(tx -> tx.speakers().list()).get(0);
        assertEquals("Jake Sullivan", kept.name());
        assertEquals(List.of("Mr. Sullivan"), kept.aliases());
        assertEquals(kept.id(), speakerOf(second).orElseThrow().id());
        waitUntil(() -> fx(() -> speakers.getItems().size() == 1));
        TreeView<?> said = fx(() -> window.robot.lookup("#whoSaidWhat").queryAs(TreeView.class));
        waitUntil(() -> fx(() -> said.getRoot().getChildren().size() == 1
                && said.getRoot().getChildren().get(0).getChildren().size() == 2));
        assertEquals(List.of(AppWindow.QUOTE, OPEN_QUESTION), fx(() -> said.getRoot().getChildren().get(0)
                .getChildren().stream().map(TreeItem::getValue)
                .map(v -> ((io.sourcemark.model.StatementInArticle) v).exact()).toList()));
        assertEquals("Undo: Merge Mr. Sullivan into Jake Sullivan", fx(() -> window.app.workspace().history()
                .undoTextProperty().get()));

        window.robot.interact(() -> window.app.workspace().edits().undo());
        waitUntil(() -> read(tx -> tx.speakers().list()).size() == 2);
        waitUntil(() -> fx(() -> speakers.getItems().size() == 2));
        assertEquals("Mr. Sullivan", speakerOf(second).orElseThrow().name());
    }

    @Test
    void aSpeakerWhoseOnlyStatementIsDeletedSaysNothingIsAttributedToThem() throws Exception {
        Annotation quote = markSaidBy(AppWindow.QUOTE, Kind.DIRECT_QUOTE, "Jake Sullivan");
        window.robot.interact(() -> window.robot.lookup("#sideTabs").queryAs(TabPane.class).getSelectionModel()
                .select(1));
        window.robot.interact(() -> window.robot.lookup("#speakersOfProject").queryAs(
                javafx.scene.control.ToggleButton.class).setSelected(true));
        chooseTheFirstOf(1);
        TreeView<?> said = fx(() -> window.robot.lookup("#whoSaidWhat").queryAs(TreeView.class));
        Label none = fx(() -> window.robot.lookup("#whoSaidWhatNone").queryAs(Label.class));
        waitUntil(() -> fx(() -> said.getRoot().getChildren().size() == 1));
        assertTrue(fx(() -> !none.isVisible()), "a speaker with a statement has no word of having none");

        window.robot.interact(() -> window.app.workspace().edits().delete(quote));
        waitUntil(() -> fx(() -> said.getRoot().getChildren().isEmpty()));
        waitUntil(() -> fx(none::isVisible));
        assertEquals("Nothing in the project is attributed to Jake Sullivan now. Give a statement this speaker in "
                + "the inspector, or merge Jake Sullivan into another speaker.", fx(none::getText));

        window.robot.interact(() -> window.app.workspace().edits().undo());
        waitUntil(() -> fx(() -> said.getRoot().getChildren().size() == 1));
        assertTrue(fx(() -> !none.isVisible()), "the statement is back under its speaker");
    }

    @Test
    void aLinkMadeFromTheKeyboardDownIntoTheHitsThenEnterTwice() throws Exception {
        Annotation afpQuote = mark(AppWindow.QUOTE, Kind.DIRECT_QUOTE);
        Annotation claim = mark(OPEN_QUESTION, Kind.CLAIM);

        // Esc gives up a link just begun: the form closes with the pick
        window.robot.type(KeyCode.L);
        waitUntil(() -> fx(() -> window.robot.lookup("#linkForm").query().isVisible()));
        // words that match nothing say so
        waitUntil(() -> fx(() -> window.robot.lookup("#linkSearch").query().isFocused()));
        window.robot.write("zqxw");
        ListView<?> found = fx(() -> window.robot.lookup("#linkFound").queryAs(ListView.class));
        waitUntil(() -> fx(() -> found.isVisible() && found.getItems().isEmpty()
                && found.getPlaceholder() instanceof javafx.scene.control.Label said && said.isVisible()
                && said.getText().equals("No statement or speaker mention in the library has “zqxw”.")));
        window.robot.type(KeyCode.ESCAPE);
        waitUntil(() -> fx(() -> !window.robot.lookup("#linkForm").query().isVisible()));

        window.robot.type(KeyCode.L);
        waitUntil(() -> fx(() -> window.robot.lookup("#linkForm").query().isVisible()));
        waitUntil(() -> fx(() -> window.robot.lookup("#linkSearch").query().isFocused()));
        window.robot.write("active discuss");
        waitUntil(() -> fx(() -> found.getItems().size() == 1));
        // the hit says what it is and where, under its words, the words searched for among them, in bold
        Node cell = fx(() -> window.robot.lookup("#linkFound .list-cell").nth(0).queryAs(Node.class));
        assertTrue(fx(() -> cell.lookupAll(".label").stream().map(l -> ((javafx.scene.control.Label) l).getText())
                .anyMatch("Direct quote  ·  this article"::equals)));
        assertEquals(List.of("active discuss"), fx(() -> cell.lookupAll(".sm-hit-match").stream()
                .map(t -> ((javafx.scene.text.Text) t).getText()).toList()));

        window.robot.type(KeyCode.DOWN);
        assertTrue(fx(found::isFocused), "↓ goes into the hits");
        assertEquals(0, fx(() -> found.getSelectionModel().getSelectedIndex()), "the first hit is chosen");
        window.robot.type(KeyCode.ENTER);
        waitUntil(() -> fx(() -> window.robot.lookup("#linkNote").query().isFocused()));
        window.robot.type(KeyCode.ENTER);

        waitUntil(() -> read(tx -> tx.links().forAnnotation(claim.id())).size() == 1);
        assertEquals(afpQuote.id(), read(tx -> tx.links().forAnnotation(claim.id())).get(0).toAnnotationId());

        // and once a hit is chosen (the pick is over), Esc in the note gives the link up too
        waitUntil(() -> fx(() -> !window.robot.lookup("#linkForm").query().isVisible()));
        window.robot.type(KeyCode.L);
        waitUntil(() -> fx(() -> window.robot.lookup("#linkSearch").query().isFocused()));
        window.robot.write("active discuss");
        waitUntil(() -> fx(() -> found.getItems().size() == 1));
        window.robot.type(KeyCode.DOWN);
        window.robot.type(KeyCode.ENTER);
        waitUntil(() -> fx(() -> window.robot.lookup("#linkNote").query().isFocused()));
        window.robot.type(KeyCode.ESCAPE);
        waitUntil(() -> fx(() -> !window.robot.lookup("#linkForm").query().isVisible()));
        assertEquals(1, read(tx -> tx.links().forAnnotation(claim.id())).size(), "no second link");
    }

    @Test
    void linkingStatementsOfTwoArticlesAndFollowingTheLink() throws Exception {
        Annotation afpQuote = mark(AppWindow.QUOTE, Kind.DIRECT_QUOTE);
        long afpId = afpQuote.articleId();
        ArticleSummary other = fx(() -> window.library().getItems().stream().map(ArticleSummary.class::cast)
                .filter(a -> a.id() != afpId).findFirst().orElseThrow());
        window.robot.interact(() -> window.app.workspace().navigator().open(other.id()));
        waitUntil(() -> fx(() -> window.app.workspace().selection().articleId() == other.id()
                && window.area().getLength() > 0));
        String words = fx(() -> window.area().getText().substring(0, 40).strip());
        Annotation claim = mark(words, Kind.CLAIM);

        window.robot.type(KeyCode.L);
        waitUntil(() -> fx(() -> window.robot.lookup("#linkForm").query().isVisible()));
        window.robot.interact(() -> window.robot.lookup("#linkSearch").queryAs(TextField.class).requestFocus());
        window.robot.write("active discuss");
        ListView<?> found = fx(() -> window.robot.lookup("#linkFound").queryAs(ListView.class));
        waitUntil(() -> fx(() -> found.getItems().size() == 1));
        window.robot.interact(() -> found.getSelectionModel().select(0));
        // the other end chosen, the Link button is in view in the inspector, not below its fold
        waitUntil(() -> fx(() -> inTheInspectorsView(window.robot.lookup("#linkCreate").query())));
        @SuppressWarnings("unchecked")
        ComboBox<Relation> relation = fx(() -> window.robot.lookup("#linkRelation").queryAs(ComboBox.class));
        window.robot.interact(() -> relation.setValue(Relation.CONTRADICTS));
        window.robot.interact(() -> window.robot.lookup("#linkNote").queryAs(TextField.class).requestFocus());
        window.robot.write("denies it");
        window.robot.type(KeyCode.ENTER);

        waitUntil(() -> read(tx -> tx.links().forAnnotation(claim.id())).size() == 1);
        Link link = read(tx -> tx.links().forAnnotation(claim.id())).get(0);
        assertEquals(afpQuote.id(), link.toAnnotationId());
        assertEquals(Relation.CONTRADICTS, link.relation());
        assertEquals("denies it", link.note());
        // the form closed with the keyboard in it: the keyboard is back in the article, not in the note below,
        // and the next shortcut (J: the next statement; the claim is this article's last) is not typed into the
        // statement's note
        waitUntil(() -> fx(() -> !window.robot.lookup("#linkForm").query().isVisible()));
        waitUntil(() -> fx(() -> window.area().isFocused()));
        window.robot.type(KeyCode.J);
        assertEquals("", fx(() -> window.robot.lookup("#noteText")
                .queryAs(javafx.scene.control.TextInputControl.class).getText()));
        assertEquals(claim.id(), fx(() -> window.app.workspace().selection().annotation().id()));
        waitUntil(() -> fx(() -> window.robot.lookup("#linkList .sm-link-row").tryQuery().isPresent()));
        Hyperlink row = fx(() -> window.robot.lookup("#linkList .sm-link-row").queryAs(Hyperlink.class));
        assertTrue(fx(row::getText).startsWith("contradicts direct quote: “active discussions” — in “"
                + fx(() -> window.library().getItems().stream().map(ArticleSummary.class::cast)
                .filter(a -> a.id() == afpId).findFirst().orElseThrow().title())), fx(row::getText));
        // the form that closed was taller than the links: the new one is in view, not scrolled past
        waitUntil(() -> fx(() -> inTheInspectorsView(row)));

        // clicked, the link takes the keyboard, and the article it opens gives the keyboard to the article: J is
        // the next statement, not a letter typed into the library's filter
        window.robot.interact(() -> {
            row.requestFocus();
            row.fire();
        });
        waitUntil(() -> fx(() -> window.app.workspace().selection().articleId() == afpId
                && window.app.workspace().selection().annotation() != null
                && window.app.workspace().selection().annotation().id() == afpQuote.id()));
        waitUntil(() -> fx(() -> window.area().isFocused()));
        assertEquals("", fx(() -> window.robot.lookup("#libraryFilter").queryAs(TextField.class).getText()));
        Hyperlink back = fx(() -> window.robot.lookup("#linkList .sm-link-row").queryAs(Hyperlink.class));
        waitUntil(() -> fx(back::getText).startsWith("contradicted by claim: " + words.substring(0, 20)));
        assertNotNull(back);

        window.robot.interact(() -> window.app.workspace().edits().undo());
        waitUntil(() -> read(tx -> tx.links().forAnnotation(claim.id())).isEmpty());
        window.robot.interact(() -> window.app.workspace().edits().redo());
        waitUntil(() -> read(tx -> tx.links().forAnnotation(claim.id())).size() == 1);
    }

    @Test
    void aSpeakerPickedThenAStatementGivesBackTheRelationTheAnalystChose() throws Exception {
        Annotation afpQuote = mark(AppWindow.QUOTE, Kind.DIRECT_QUOTE);
        Annotation mention = markSaidBy("Dmitry Peskov", Kind.SPEAKER, "Dmitry Peskov");
        Annotation claim = mark(OPEN_QUESTION, Kind.CLAIM);
        window.robot.type(KeyCode.L);
        waitUntil(() -> fx(() -> window.robot.lookup("#linkForm").query().isVisible()));
        @SuppressWarnings("unchecked")
        ComboBox<Relation> relation = fx(() -> window.robot.lookup("#linkRelation").queryAs(ComboBox.class));
        window.robot.interact(() -> relation.setValue(Relation.CONTRADICTS));

        // a click on the speaker's mention: the link says who said the claim
        window.robot.interact(() -> window.app.workspace().picking().offer(List.of(mention)));
        assertEquals(Relation.SAID_BY, fx(relation::getValue));
        // the analyst thinks better of it and finds a statement instead: "contradicts" is back, not "said by"
        window.robot.interact(() -> window.robot.lookup("#linkSearch").queryAs(TextField.class).requestFocus());
        window.robot.write("active discuss");
        ListView<?> found = fx(() -> window.robot.lookup("#linkFound").queryAs(ListView.class));
        waitUntil(() -> fx(() -> found.getItems().size() == 1));
        window.robot.interact(() -> found.getSelectionModel().select(0));
        waitUntil(() -> fx(() -> relation.getValue() == Relation.CONTRADICTS));
        window.robot.interact(() -> window.robot.lookup("#linkCreate").queryAs(javafx.scene.control.Button.class)
                .fire());
        waitUntil(() -> read(tx -> tx.links().forAnnotation(claim.id())).size() == 1);
        Link link = read(tx -> tx.links().forAnnotation(claim.id())).get(0);
        assertEquals(afpQuote.id(), link.toAnnotationId());
        assertEquals(Relation.CONTRADICTS, link.relation());

        // a relation picked by hand after the speaker stays as it was picked
        window.robot.type(KeyCode.L);
        waitUntil(() -> fx(() -> window.robot.lookup("#linkForm").query().isVisible()));
        window.robot.interact(() -> window.app.workspace().picking().offer(List.of(mention)));
        assertEquals(Relation.SAID_BY, fx(relation::getValue));
        window.robot.interact(() -> relation.setValue(Relation.CITES));
        window.robot.interact(() -> window.app.workspace().linksSection().cancel());
        assertEquals(Relation.CITES, fx(relation::getValue));
    }

    @Test
    void anArticleOpenedAtAStatementBelowLongParagraphsShowsTheStatement() throws Exception {
        long afpId = fx(() -> window.app.workspace().selection().articleId());
        // four paragraphs: the fourth, where the claim is, lies screens below the top
        String longParagraph = "The committee heard evidence from many witnesses over several days. ".repeat(60);
        String text = "Title: Hearing of the committee\n\n" + (longParagraph + "\n\n").repeat(3)
                + "The minister said the bridge would reopen in May.\n";
        window.app.session().imports().importClipboard(null, text, io.sourcemark.service.ImportProgress.NONE);
        window.robot.interact(() -> window.app.workspace().library().reload());
        waitUntil(() -> fx(() -> window.library().getItems().stream().map(ArticleSummary.class::cast)
                .anyMatch(r -> r.title().equals("Hearing of the committee"))));
        long hearing = fx(() -> window.library().getItems().stream().map(ArticleSummary.class::cast)
                .filter(r -> r.title().equals("Hearing of the committee")).findFirst().orElseThrow().id());
        window.robot.interact(() -> window.app.workspace().navigator().open(hearing));
        waitUntil(() -> fx(() -> window.app.workspace().selection().articleId() == hearing));
        Annotation claim = mark("the bridge would reopen in May", Kind.CLAIM);
        int paragraph = fx(() -> window.area().offsetToPosition(claim.range().start(),
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor());

        window.robot.interact(() -> window.app.workspace().navigator().open(afpId));
        waitUntil(() -> fx(() -> window.app.workspace().selection().articleId() == afpId
                && window.area().lastVisibleParToAllParIndex() >= paragraph));
        window.robot.interact(() -> window.app.workspace().navigator().open(hearing, claim.id()));
        waitUntil(() -> fx(() -> window.app.workspace().selection().articleId() == hearing
                && window.app.workspace().selection().annotation() != null
                && window.app.workspace().selection().annotation().id() == claim.id()));
        waitUntil(() -> fx(() -> window.area().lastVisibleParToAllParIndex() >= paragraph
                && window.area().getVisibleParagraphs().size() > 0
                && window.area().firstVisibleParToAllParIndex() <= paragraph));
        // on screen, not only among the paragraphs laid out: the claim's characters are inside the viewport
        assertTrue(fx(() -> window.area().getCharacterBoundsOnScreen(claim.range().start(), claim.range().start() + 1)
                .map(bounds -> window.area().localToScreen(window.area().getBoundsInLocal()).contains(
                        bounds.getMinX(), bounds.getMinY())).orElse(false)), "the claim is on screen");
    }

    @Test
    void escGivesUpTheSpeakersPickWhereverTheFocusIs() throws Exception {
        mark(AppWindow.QUOTE, Kind.DIRECT_QUOTE);
        window.robot.interact(() -> {
            javafx.scene.control.TabPane tabs = window.robot.lookup(".tab-pane")
                    .queryAs(javafx.scene.control.TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getText().equals("Speakers"))
                    .findFirst().orElseThrow());
        });
        waitUntil(() -> fx(() -> window.robot.lookup("#speakersOfArticle").tryQuery()
                .map(javafx.scene.Node::isVisible).orElse(false)));
        window.robot.interact(() -> window.robot.lookup("#speakersOfArticle").query().requestFocus());
        assertTrue(fx(() -> window.robot.lookup("#speakersOfArticle").query().isFocused()));
        window.robot.type(KeyCode.P);
        waitUntil(() -> fx(() -> window.app.workspace().picking().isActive()));
        // the analyst goes on to type in the speakers' filter, then thinks better of the pick
        window.robot.interact(() -> window.robot.lookup("#speakerFilter").query().requestFocus());
        assertTrue(fx(() -> window.robot.lookup("#speakerFilter").query().isFocused()));

        window.robot.type(KeyCode.ESCAPE);

        waitUntil(() -> fx(() -> !window.app.workspace().picking().isActive()));
        assertTrue(fx(() -> window.app.workspace().selection().annotation() != null), "Esc gave up the pick only");
    }

    @Test
    void theSideColumnDraggedAsNarrowAsItGoesCutsNoneOfTheSpeakersControls() throws Exception {
        java.util.List<Double> before = fx(() -> window.app.view().dividers());
        window.robot.interact(() -> {
            window.app.view().useDividers(java.util.List.of(before.get(0), 0.99, before.get(2)));
            javafx.scene.control.TabPane tabs = window.robot.lookup(".tab-pane")
                    .queryAs(javafx.scene.control.TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getText().equals("Speakers"))
                    .findFirst().orElseThrow());
        });
        waitUntil(() -> fx(() -> window.robot.lookup("#speakerSplit").tryQuery().map(n -> n.getLayoutBounds()
                .getWidth() > 0).orElse(false)));
        window.robot.interact(() -> { }); // one more layout pass

        assertTrue(fx(() -> window.robot.lookup("#sideSlot").queryAs(javafx.scene.layout.Region.class).getWidth())
                >= 320);
        for (String id : new String[] {"#speakerEdit", "#speakerMerge", "#speakerSplit", "#speakersOfArticle",
                "#speakersOfProject"}) {
            javafx.scene.control.Labeled control = fx(() -> window.robot.lookup(id)
                    .queryAs(javafx.scene.control.Labeled.class));
            assertTrue(fx(() -> control.getWidth() >= control.prefWidth(-1) - 0.5), id + " is cut to "
                    + fx(control::getWidth) + " of " + fx(() -> control.prefWidth(-1)));
            javafx.geometry.Bounds inSide = fx(() -> window.robot.lookup("#sideSlot").query().sceneToLocal(
                    control.localToScene(control.getLayoutBounds())));
            double sideWidth = fx(() -> window.robot.lookup("#sideSlot").queryAs(javafx.scene.layout.Region.class)
                    .getWidth());
            assertTrue(inSide.getMaxX() <= sideWidth, id + " ends at " + inSide.getMaxX() + " past " + sideWidth);
        }
        window.robot.interact(() -> window.app.view().useDividers(before));
    }

    @Test
    void aFilterThatMatchesNoSpeakerSaysSo() throws Exception {
        window.robot.interact(() -> {
            javafx.scene.control.TabPane tabs = window.robot.lookup(".tab-pane")
                    .queryAs(javafx.scene.control.TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getText().equals("Speakers"))
                    .findFirst().orElseThrow());
        });
        // the tab's content is made when it is first shown
        waitUntil(() -> fx(() -> window.robot.lookup("#speakerFilter").tryQuery().isPresent()));
        window.robot.interact(() -> window.robot.lookup("#speakerFilter").queryAs(TextField.class).setText("zqxv"));

        waitUntil(() -> fx(() -> window.robot.lookup("#speakerList").queryAs(javafx.scene.control.ListView.class)
                .getItems().isEmpty()));
        // the list puts its placeholder in at its next layout
        waitUntil(() -> fx(() -> window.robot.lookup("#speakersNone").tryQuery().isPresent()));
        assertEquals("No speaker here has a name or alias with “zqxv”.", fx(() -> window.robot
                .lookup("#speakersNone").queryAs(javafx.scene.control.Label.class).getText()));
    }

    /** Marks the words in the open article as the analyst does with a key, and waits until it is selected. */
    /** True when the whole of {@code node} is within the view of the scroll pane that holds it. */
    private static boolean inTheInspectorsView(Node node) {
        Node scroll = node.getParent();
        while (!(scroll instanceof javafx.scene.control.ScrollPane)) {
            scroll = scroll.getParent();
        }
        javafx.geometry.Bounds shown = node.localToScene(node.getLayoutBounds());
        javafx.geometry.Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        return shown.getMaxY() <= view.getMaxY() && shown.getMinY() >= view.getMinY();
    }

    /** Opens the Speakers tab, waits for its {@code count} speakers and chooses the first: the actions are on. */
    private ListView<?> chooseTheFirstOf(int count) throws Exception {
        window.robot.interact(() -> window.robot.lookup("#sideTabs").queryAs(TabPane.class).getSelectionModel()
                .select(1));
        ListView<?> speakers = fx(() -> window.robot.lookup("#speakerList").queryAs(ListView.class));
        waitUntil(() -> fx(() -> speakers.getItems().size() == count));
        window.robot.clickOn(fx(() -> window.robot.lookup("#speakerList .list-cell").nth(0).queryAs(Node.class)));
        waitUntil(() -> fx(() -> !window.robot.lookup("#speakerMerge").query().isDisabled()));
        return speakers;
    }

    private Annotation mark(String words, Kind kind) throws Exception {
        int start = fx(() -> window.area().getText().indexOf(words));
        assertTrue(start >= 0, words);
        window.robot.interact(() -> {
            window.area().requestFocus();
            window.app.workspace().reader().textSelectionProperty().set(new TextRange(start,
                    start + words.length()));
            window.app.workspace().reader().annotateSelection(kind);
        });
        waitUntil(() -> fx(() -> window.app.workspace().selection().annotation() != null
                && window.app.workspace().selection().annotation().exact().equals(words)));
        return fx(() -> window.app.workspace().selection().annotation());
    }

    /** Marks the words and types their speaker into the speaker field, waiting until the project has it. */
    private Annotation markSaidBy(String words, Kind kind, String speaker) throws Exception {
        Annotation marked = mark(words, kind);
        typeSpeaker(speaker);
        waitUntil(() -> speakerOf(marked).map(Speaker::name).orElse("").equals(speaker));
        return marked;
    }

    private void typeSpeaker(String name) throws Exception {
        window.robot.interact(() -> field().requestFocus());
        window.robot.write(name);
        window.robot.type(KeyCode.ENTER);
    }

    private TextField field() {
        return window.robot.lookup("#speakerField").queryAs(TextField.class);
    }

    private List<Speaker> speakerRows() throws Exception {
        return read(tx -> tx.speakers().list());
    }

    private Optional<Speaker> speakerOf(Annotation annotation) throws Exception {
        return read(tx -> tx.annotations().find(annotation.id()).map(Annotation::speakerId)
                .flatMap(id -> tx.speakers().find(id)));
    }

    private <T> T read(Function<io.sourcemark.store.Repositories, T> query) throws Exception {
        try (ProjectStore store = ProjectStore.open(window.project)) {
            return store.read(query);
        }
    }
}
