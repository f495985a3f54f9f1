package io.sourcemark.app;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Tag;
import io.sourcemark.model.TextRange;
import io.sourcemark.store.ProjectStore;
import io.sourcemark.ui.reader.Layer;
import javafx.scene.control.Label;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tagging and a highlight's range in the real window: the keys, the highlights drawn, the rows in the file. */
class TagsWindowTest {

    @TempDir
    Path dir;
    AppWindow window;

    @BeforeEach
    void openTheFirstRunProject() throws Exception {
        window = new AppWindow(dir.resolve("tags.sourcemark"), dir.resolve("config")).launch();
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        window.close();
    }

    private void createTag(String name, String colour, String key) throws Exception {
        window.robot.interact(() -> window.app.workspace().tags().create(name, colour, null, key, t -> { }));
        waitUntil(() -> fx(() -> window.app.workspace().tags().codebook().tags().stream()
                .anyMatch(t -> t.name().equals(name))));
    }

    private void select(int start, int end) {
        window.robot.interact(() -> {
            window.area().requestFocus();
            window.area().selectRange(start, end);
        });
    }

    private void markQuote() throws Exception {
        int start = window.quoteStart();
        select(start, start + AppWindow.QUOTE.length());
        window.robot.type(KeyCode.Q);
        waitUntil(() -> window.stylesAt(start).contains("sm-direct-quote")
                && fx(() -> window.app.workspace().selection().annotation() != null));
    }

    private List<String> tagsInTheFile(long annotationId) throws Exception {
        try (ProjectStore store = ProjectStore.open(window.project)) {
            return store.read(tx -> tx.tags().forAnnotation(annotationId)).stream().map(Tag::name).toList();
        }
    }

    private Annotation row(long id) throws Exception {
        return window.rows().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    /** Whether {@code node} and every node it is in are visible. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private void undo() {
        window.robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    }

    private void redo() {
        window.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
    }

    @Test
    void aTagsKeyTagsTheSelectedHighlightInItsColourAndUndoTakesItOff() throws Exception {
        createTag("Diplomacy", "#db2777", "g");
        markQuote();
        int start = window.quoteStart();
        long quoteId = fx(() -> window.app.workspace().selection().annotation().id());
        assertNull(fx(() -> window.area().textColourAt(start)), "untagged: the page's own text colour");

        window.robot.type(KeyCode.G);
        waitUntil(() -> window.stylesAt(start).contains("sm-tagged"));
        assertEquals(List.of("Diplomacy"), tagsInTheFile(quoteId));
        Color text = fx(() -> window.area().textColourAt(start));
        assertNotNull(text);
        assertTrue(text.getRed() > text.getGreen() && text.getRed() > text.getBlue(), "the tag's pink: " + text);
        waitUntil(() -> window.robot.lookup(".sm-tag-chip").tryQuery().isPresent());

        window.robot.interact(() -> window.app.workspace().reader().layers().property(Layer.TAGS).set(false));
        waitUntil(() -> !window.stylesAt(start).contains("sm-tagged"));
        assertTrue(window.stylesAt(start).contains("sm-direct-quote"), "the quote stays, without its tag colour");
        window.robot.interact(() -> window.app.workspace().reader().layers().property(Layer.TAGS).set(true));
        waitUntil(() -> window.stylesAt(start).contains("sm-tagged"));

        undo();
        waitUntil(() -> !window.stylesAt(start).contains("sm-tagged"));
        assertEquals(List.of(), tagsInTheFile(quoteId));
        redo();
        waitUntil(() -> window.stylesAt(start).contains("sm-tagged"));
        assertEquals(List.of("Diplomacy"), tagsInTheFile(quoteId));
    }

    @Test
    void aTagsKeyWorksWhereverTheKeyboardIsOutsideATextField() throws Exception {
        createTag("Diplomacy", "#db2777", "g");
        createTag("Economy", "#0891b2", "m");
        markQuote();
        long quoteId = fx(() -> window.app.workspace().selection().annotation().id());
        // a button of the inspector has the keyboard, as after Evidence ▸ Add… is closed
        javafx.scene.control.Button button = fx(() -> window.robot.lookup(".sm-inspector .button").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Button b && shown(b) && !b.isDisabled())
                .map(javafx.scene.control.Button.class::cast).findFirst().orElseThrow());
        window.robot.interact(button::requestFocus);
        waitUntil(() -> fx(button::isFocused));
        window.robot.type(KeyCode.G);
        waitUntil(() -> tagsInTheFile(quoteId).equals(List.of("Diplomacy")));

        // and the statements list
        window.robot.interact(() -> window.robot.lookup("#statementList").query().requestFocus());
        window.robot.type(KeyCode.M);
        waitUntil(() -> tagsInTheFile(quoteId).stream().sorted().toList().equals(List.of("Diplomacy", "Economy")));

        // typed in a text field, the letter is only a letter
        window.robot.interact(() -> window.robot.lookup("#libraryFilter").query().requestFocus());
        window.robot.type(KeyCode.G);
        waitUntil(() -> fx(() -> window.robot.lookup("#libraryFilter")
                .queryAs(javafx.scene.control.TextField.class).getText().equals("g")));
        assertEquals(List.of("Diplomacy", "Economy"), tagsInTheFile(quoteId).stream().sorted().toList());
    }

    @SuppressWarnings("unchecked")
    private javafx.scene.control.ComboBox<Tag> tagPicker() {
        return window.robot.lookup("#inspectorTagPicker").queryAs(javafx.scene.control.ComboBox.class);
    }

    @Test
    void theInspectorsTagBoxAddsATagAndOffersTheNextOne() throws Exception {
        createTag("Diplomacy", "#db2777", "g");
        createTag("Arms trade", "#b91c1c", null);
        markQuote();
        long quoteId = fx(() -> window.app.workspace().selection().annotation().id());
        javafx.scene.control.ComboBox<Tag> picker = fx(this::tagPicker);
        javafx.scene.control.ListCell<Tag> button = fx(picker::getButtonCell);
        waitUntil(() -> fx(() -> "Add a tag…".equals(button.getText())));

        window.robot.interact(picker::requestFocus);
        window.robot.type(KeyCode.SPACE);
        waitUntil(() -> fx(picker::isShowing)); // Space opens the list, as F4 and Alt+↓ do
        window.robot.type(KeyCode.ESCAPE);
        waitUntil(() -> fx(() -> !picker.isShowing()));
        window.robot.interact(() -> picker.setValue(picker.getItems().stream()
                .filter(t -> t.name().equals("Arms trade")).findFirst().orElseThrow()));
        waitUntil(() -> tagsInTheFile(quoteId).equals(List.of("Arms trade")));
        // emptied for the next tag, the box says again what it is for, and offers only the tags not yet given
        waitUntil(() -> fx(() -> "Add a tag…".equals(button.getText()) && button.getStyleClass().contains("text-muted")
                && picker.getItems().stream().map(Tag::name).toList().equals(List.of("Diplomacy"))));
        Thread.sleep(300);
        assertTrue(fx(picker::isFocused), "the keyboard stays in the box for the next tag");

        // the chip's × is reached with Tab and pressed with Space; the keyboard comes back to the box
        javafx.scene.control.Button remove = fx(() -> window.robot.lookup(".sm-tag-chip-remove")
                .queryAs(javafx.scene.control.Button.class));
        assertTrue(fx(remove::isFocusTraversable));
        window.robot.interact(remove::requestFocus);
        window.robot.type(KeyCode.SPACE);
        waitUntil(() -> tagsInTheFile(quoteId).isEmpty());
        Thread.sleep(300);
        assertTrue(fx(picker::isFocused), "not the window's first field");

        // clicked, the × leaves the keyboard where it was: in the article, whose keys go on working
        window.robot.interact(() -> picker.setValue(picker.getItems().stream()
                .filter(t -> t.name().equals("Arms trade")).findFirst().orElseThrow()));
        waitUntil(() -> tagsInTheFile(quoteId).equals(List.of("Arms trade")));
        window.robot.interact(() -> window.area().requestFocus());
        javafx.scene.control.Button again = fx(() -> window.robot.lookup(".sm-tag-chip-remove")
                .queryAs(javafx.scene.control.Button.class));
        // a press and a release of the mouse's first button on it (the inspector has it below the fold)
        for (javafx.event.EventType<javafx.scene.input.MouseEvent> type : List.of(
                javafx.scene.input.MouseEvent.MOUSE_PRESSED, javafx.scene.input.MouseEvent.MOUSE_RELEASED)) {
            window.robot.interact(() -> again.fireEvent(new javafx.scene.input.MouseEvent(type, 5, 5, 5, 5,
                    javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true,
                    false, true, null)));
        }
        waitUntil(() -> tagsInTheFile(quoteId).isEmpty());
        Thread.sleep(300);
        assertTrue(fx(() -> window.area().isFocused()), "the article keeps the keyboard");
    }

    @Test
    void inTheTagBoxTheArrowsOpenTheListAndMoveInItAndOnlyEnterAddsTheTag() throws Exception {
        createTag("Diplomacy", "#db2777", null);
        createTag("Arms trade", "#b91c1c", null);
        markQuote();
        long quoteId = fx(() -> window.app.workspace().selection().annotation().id());
        javafx.scene.control.ComboBox<Tag> picker = fx(this::tagPicker);
        waitUntil(() -> fx(() -> picker.getItems().size() == 2));
        window.robot.interact(picker::requestFocus);

        window.robot.type(KeyCode.DOWN);
        waitUntil(() -> fx(picker::isShowing));
        window.robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.UP);
        Thread.sleep(300);
        assertEquals(List.of(), tagsInTheFile(quoteId), "moving in the list adds nothing");
        String second = fx(() -> picker.getItems().get(1).name());
        window.robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> tagsInTheFile(quoteId).equals(List.of(second)));

        // closed, the box takes no tag from an arrow either
        waitUntil(() -> fx(() -> !picker.isShowing() && picker.getItems().size() == 1));
        window.robot.interact(picker::requestFocus);
        window.robot.type(KeyCode.UP);
        waitUntil(() -> fx(picker::isShowing));
        window.robot.type(KeyCode.ESCAPE);
        waitUntil(() -> fx(() -> !picker.isShowing()));
        Thread.sleep(300);
        assertEquals(List.of(second), tagsInTheFile(quoteId), "Esc adds nothing");

        // a click in the open list gives its tag
        String first = fx(() -> picker.getItems().get(0).name());
        window.robot.interact(picker::show);
        waitUntil(() -> fx(picker::isShowing));
        window.robot.clickOn(window.robot.lookup(".list-cell").match((Node n) -> n instanceof ListCell<?> cell
                && cell.getItem() instanceof Tag tag && tag.name().equals(first)).queryAs(ListCell.class));
        waitUntil(() -> tagsInTheFile(quoteId).stream().sorted().toList()
                .equals(java.util.stream.Stream.of(first, second).sorted().toList()));
    }

    @Test
    void tOnSelectedWordsMarksATagSpanAndATagsKeyOnWordsMarksOneWithTheTag() throws Exception {
        String body = fx(() -> window.area().getText());
        int at = body.indexOf("North Korea");
        select(at, at + "North Korea".length());
        window.robot.type(KeyCode.T);
        waitUntil(() -> window.stylesAt(at).contains("sm-tag"));
        Annotation span = window.rows().stream().filter(a -> a.kind() == Kind.TAG).findFirst().orElseThrow();
        assertEquals(new TextRange(at, at + "North Korea".length()), span.range());
        assertEquals(List.of(), tagsInTheFile(span.id()));

        createTag("Arms", "#16a34a", "m");
        int other = body.indexOf("Russia");
        select(other, other + "Russia".length());
        window.robot.type(KeyCode.M);
        waitUntil(() -> window.stylesAt(other).contains("sm-tagged"));
        Annotation tagged = window.rows().stream().filter(a -> a.kind() == Kind.TAG && a.exact().equals("Russia"))
                .findFirst().orElseThrow();
        assertEquals(List.of("Arms"), tagsInTheFile(tagged.id()));
    }

    @Test
    void shiftArrowsMoveTheSelectedHighlightsEdgesAndTheRowFollows() throws Exception {
        markQuote();
        long id = fx(() -> window.app.workspace().selection().annotation().id());
        int start = window.quoteStart();
        TextRange before = new TextRange(start, start + AppWindow.QUOTE.length());
        String body = fx(() -> window.area().getText());

        window.robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        waitUntil(() -> row(id).range().end() > before.end());
        Annotation longer = row(id);
        assertEquals(longer.range().of(body), longer.exact());
        assertEquals(body.substring(longer.range().end(), longer.range().end() + Annotation.CONTEXT_LENGTH),
                longer.suffix());
        assertTrue(window.stylesAt(longer.range().end() - 1).contains("sm-direct-quote"), "drawn as stored");
        assertEquals("Undo: Adjust range", fx(() -> window.app.workspace().history().undoTextProperty().get()));

        window.robot.press(KeyCode.ALT, KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT, KeyCode.ALT);
        waitUntil(() -> row(id).range().start() > before.start());
        assertEquals("discussions", row(id).exact().substring(0, "discussions".length()));

        undo();
        waitUntil(() -> row(id).range().start() == before.start());
        undo();
        waitUntil(() -> row(id).range().equals(before));
        assertEquals(AppWindow.QUOTE, row(id).exact());
        redo();
        waitUntil(() -> row(id).range().equals(longer.range()));
    }

    @Test
    void draggingTheEndOfTheSelectedHighlightMovesItToTheWordLetGoOn() throws Exception {
        markQuote();
        long id = fx(() -> window.app.workspace().selection().annotation().id());
        int start = window.quoteStart();
        int end = start + AppWindow.QUOTE.length();
        String body = fx(() -> window.area().getText());
        int between = body.indexOf("between", end);
        javafx.geometry.Bounds last = fx(() -> window.area().getCharacterBoundsOnScreen(end - 1, end).orElseThrow());
        javafx.geometry.Bounds target = fx(() -> window.area().getCharacterBoundsOnScreen(between + 3, between + 4)
                .orElseThrow());
        window.robot.drag(new javafx.geometry.Point2D(last.getCenterX(), last.getCenterY()))
                .dropTo(new javafx.geometry.Point2D(target.getCenterX(), target.getCenterY()));
        waitUntil(() -> row(id).range().end() == between + "between".length());
        assertEquals(body.substring(start, between + "between".length()), row(id).exact(), "snapped to the word");
        assertEquals(start, row(id).range().start());
    }

    @Test
    void escClosesTheCodebookWhileItsNameFieldHasTheKeyboard() throws Exception {
        window.robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitUntil(() -> window.robot.lookup("#codebookNewName").tryQuery().isPresent());
        window.robot.clickOn("#codebookNewName").write("Half-typed");
        javafx.stage.Window codebook = fx(() -> window.robot.lookup("#codebookNewName").query().getScene().getWindow());

        window.robot.type(KeyCode.ESCAPE);

        waitUntil(() -> fx(() -> !codebook.isShowing()));
        try (ProjectStore store = ProjectStore.open(window.project)) {
            assertTrue(store.read(tx -> tx.tags().list()).isEmpty(), "nothing half-typed was added");
        }
    }

    @Test
    void theCodebookWindowAddsATagAndDeletesItAfterSayingWhatHappens() throws Exception {
        window.robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitUntil(() -> window.robot.lookup("#codebookNewName").tryQuery().isPresent());
        window.robot.clickOn("#codebookNewName").write("Economy").type(KeyCode.ENTER);
        waitUntil(() -> fx(() -> window.robot.lookup("#codebookList").queryAs(javafx.scene.control.ListView.class)
                .getItems().size() == 1));
        try (ProjectStore store = ProjectStore.open(window.project)) {
            assertEquals(List.of("Economy"), store.read(tx -> tx.tags().list()).stream().map(Tag::name).toList());
        }
        waitUntil(() -> fx(() -> window.robot.lookup("#codebookName").queryAs(javafx.scene.control.TextField.class)
                .getText().equals("Economy")));
        window.robot.clickOn("#codebookDelete");
        waitUntil(() -> window.robot.lookup("#codebookDeleteConfirm").tryQuery().isPresent());
        assertEquals("No highlight carries “Economy”. Undo brings it all back.", fx(() -> window.robot
                .lookup("#codebookDeleteConfirm").queryAs(javafx.scene.control.DialogPane.class).getContentText()));
        window.robot.clickOn("Delete");
        waitUntil(() -> fx(() -> window.robot.lookup("#codebookList").queryAs(javafx.scene.control.ListView.class)
                .getItems().isEmpty()));
        try (ProjectStore store = ProjectStore.open(window.project)) {
            assertEquals(List.of(), store.read(tx -> tx.tags().list()));
        }
    }

    @Test
    void theCodebookRefusesACommandsKeyInTheErrorColourAndGivesTheTagsOwnKeyBack() throws Exception {
        createTag("Economy", "#2563eb", "e");
        window.robot.interact(() -> window.app.workspace().status().announce("Saved · an earlier message"));
        window.robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitUntil(() -> window.robot.lookup("#codebookKey").tryQuery().isPresent());
        Label message = fx(() -> window.robot.lookup("#codebookMessage").queryAs(Label.class));
        assertEquals("", fx(() -> message.getText() == null ? "" : message.getText()),
                "what the main window said before the codebook opened is not the codebook's");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<Object> tags = fx(() -> window.robot.lookup("#codebookList")
                .queryAs(javafx.scene.control.ListView.class));
        window.robot.interact(() -> tags.getSelectionModel().select(0));
        javafx.scene.control.TextField key = fx(() -> window.robot.lookup("#codebookKey")
                .queryAs(javafx.scene.control.TextField.class));
        waitUntil(() -> fx(() -> key.getText().equals("E")));

        window.robot.interact(() -> {
            key.setText("Q");
            key.fireEvent(new javafx.event.ActionEvent());
        });
        waitUntil(() -> fx(() -> message.getText() != null && message.getText().startsWith("Q is already the key of")
                && message.getStyleClass().contains("danger")));
        assertEquals("E", fx(key::getText), "the refused key is not left in the field");
        try (ProjectStore store = ProjectStore.open(window.project)) {
            assertEquals("e", store.read(tx -> tx.tags().list()).get(0).shortcut());
        }
    }

    @Test
    void theCodebookGivesARefusedNameBackAndShowsTheParentAMoveChose() throws Exception {
        createTag("Economy", "#2563eb", null);
        createTag("Health", "#16a34a", null);
        window.robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitUntil(() -> window.robot.lookup("#codebookName").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<Object> tags = fx(() -> window.robot.lookup("#codebookList")
                .queryAs(javafx.scene.control.ListView.class));
        javafx.scene.control.TextField name = fx(() -> window.robot.lookup("#codebookName")
                .queryAs(javafx.scene.control.TextField.class));
        window.robot.interact(() -> tags.getSelectionModel().select(0));
        waitUntil(() -> fx(() -> name.getText().equals("Economy")));

        window.robot.interact(() -> {
            name.setText("Health");
            name.fireEvent(new javafx.event.ActionEvent());
        });
        waitUntil(() -> fx(() -> name.getText().equals("Economy")));
        try (ProjectStore store = ProjectStore.open(window.project)) {
            assertEquals(List.of("Economy", "Health"), store.read(tx -> tx.tags().list()).stream().map(Tag::name)
                    .sorted().toList());
        }

        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<java.util.Optional<Tag>> parent = fx(() -> window.robot
                .lookup("#codebookParent").queryAs(javafx.scene.control.ComboBox.class));
        // the arrows step through the places without moving the tag to each: Esc leaves it where it was
        window.robot.interact(parent::requestFocus);
        window.robot.type(KeyCode.DOWN);
        waitUntil(() -> fx(parent::isShowing));
        window.robot.type(KeyCode.DOWN).type(KeyCode.ESCAPE);
        waitUntil(() -> fx(() -> !parent.isShowing()));
        Thread.sleep(300);
        assertTrue(fx(() -> window.app.workspace().tags().codebook().tags().stream()
                .allMatch(t -> t.parentId() == null)), "no tag was moved");
        assertEquals(java.util.Optional.empty(), fx(parent::getValue), "the box shows the tag's place again");
        window.robot.interact(() -> parent.setValue(parent.getItems().stream()
                .filter(o -> o.map(t -> t.name().equals("Health")).orElse(false)).findFirst().orElseThrow()));
        waitUntil(() -> window.robot.lookup("#codebookParent").tryQuery().isPresent() && fx(() -> window.app
                .workspace().tags().codebook().tags().stream().anyMatch(t -> t.name().equals("Economy")
                        && t.parentId() != null)));
        Thread.sleep(300);
        assertEquals("Health", fx(() -> parent.getButtonCell().getText()), "the box shows where the tag went");
        // the place it has, chosen again, is no move of its own
        String moved = fx(() -> window.app.session().history().undoLabel().orElseThrow());
        window.robot.interact(parent::show);
        waitUntil(() -> fx(parent::isShowing));
        window.robot.clickOn(window.robot.lookup(".list-cell").match((Node n) -> n instanceof ListCell<?> cell
                && cell.getItem() instanceof java.util.Optional<?> o && o.isPresent()
                && ((Tag) o.get()).name().equals("Health")).queryAs(ListCell.class));
        waitUntil(() -> fx(() -> !parent.isShowing()));
        Thread.sleep(300);
        assertEquals(moved, fx(() -> window.app.session().history().undoLabel().orElseThrow()));
        // one undo takes the move back: no empty step was made on top of it
        window.robot.interact(() -> window.app.workspace().edits().undo());
        waitUntil(() -> fx(() -> window.app.workspace().tags().codebook().tags().stream()
                .allMatch(t -> t.parentId() == null)));
        window.robot.interact(() -> window.app.workspace().edits().redo());
        waitUntil(() -> fx(() -> "Health".equals(parent.getButtonCell().getText())));

        // a long path in the box leaves the labels beside it whole
        Tag health = fx(() -> window.app.workspace().tags().codebook().tags().stream()
                .filter(t -> t.name().equals("Health")).findFirst().orElseThrow());
        window.robot.interact(() -> window.app.workspace().tags().rename(health,
                "Health, social care and the public finances of hospitals", () -> { }));
        waitUntil(() -> fx(() -> parent.getButtonCell().getText() != null
                && parent.getButtonCell().getText().startsWith("Health, social care")));
        window.robot.interact(() -> parent.getScene().getRoot().layout());
        for (Label label : fx(() -> parent.getParent().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Label l && List.of("Name", "Colour", "Inside", "Key").contains(l.getText()))
                .map(n -> (Label) n).toList())) {
            javafx.scene.Node text = fx(() -> label.lookup(".text"));
            assertEquals(fx(label::getText), fx(() -> ((javafx.scene.text.Text) text).getText()), "not cut to …");
        }
    }

    @Test
    void aTagCannotTakeTheKeyOfACommand() throws Exception {
        createTag("Economy", "#2563eb", null);
        Tag economy = fx(() -> window.app.workspace().tags().codebook().tags().get(0));
        window.robot.interact(() -> window.app.workspace().tags().setKey(economy, "q"));
        waitUntil(() -> fx(() -> window.app.workspace().status().textProperty().get())
                .equals("Q is already the key of “Mark as direct quote”. Choose another key."));
        try (ProjectStore store = ProjectStore.open(window.project)) {
            assertNull(store.read(tx -> tx.tags().list()).get(0).shortcut());
        }
    }
}
