package io.sourcemark.ui;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.ui.reader.Layer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workspace's commands on a real project file, with background work run at once on the test's thread. */
class EditsTest {

    @TempDir
    Path dir;
    WorkspaceFixture fixture;
    Workspace workspace;

    @BeforeEach
    void openTheSamples() throws Exception {
        fixture = WorkspaceFixture.open(dir);
        workspace = fixture.workspace;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<Annotation> stored() {
        return fixture.project.articles().visibleAnnotations(fixture.afpId);
    }

    @Test
    void marksTheSelectionThenUndoesAndRedoesIt() {
        assertEquals(fixture.afpId, workspace.selection().articleId());
        assertEquals(30, workspace.library().rows().size());
        fixture.mark(Kind.SPEAKER, "Dmitry Peskov");

        assertEquals(List.of("Dmitry Peskov"), workspace.open().annotations().stream().map(Annotation::exact).toList());
        assertEquals("Dmitry Peskov", workspace.selection().annotation().exact());
        assertEquals("Saved · Marked speaker", workspace.status().textProperty().get());
        assertEquals("Undo: Mark speaker", workspace.history().undoTextProperty().get());
        assertEquals(1, workspace.reader().deselectRequestsProperty().get(), "the text selection is let go");

        workspace.edits().undo();
        assertTrue(workspace.open().annotations().isEmpty());
        assertTrue(stored().isEmpty());
        assertEquals("Saved · Undid: Mark speaker", workspace.status().textProperty().get());
        assertEquals("Redo: Mark speaker", workspace.history().redoTextProperty().get());
        assertEquals("Undo: Import the sample articles", workspace.history().undoTextProperty().get(),
                "an import is a change too");

        workspace.edits().redo();
        assertEquals(List.of("Dmitry Peskov"), stored().stream().map(Annotation::exact).toList());
        assertEquals(workspace.open().annotations(), stored());
    }

    @Test
    void withoutASelectionNothingIsMarkedAndTheAnalystIsTold() {
        workspace.reader().annotateSelection(Kind.CLAIM);
        assertTrue(workspace.status().problemProperty().get());
        assertTrue(workspace.status().textProperty().get().startsWith("Select some words"));
        assertTrue(stored().isEmpty());
    }

    @Test
    void markingTheSameWordsTwiceIsRefusedWithAMessage() {
        fixture.mark(Kind.CLAIM, "68 countries");
        fixture.mark(Kind.CLAIM, "68 countries");
        assertEquals("This text is already marked as a claim.", workspace.status().textProperty().get());
        assertEquals(1, stored().size());
    }

    @Test
    void clickingInsideNestedHighlightsSelectsTheInnermostVisibleOne() {
        fixture.mark(Kind.INDIRECT_QUOTE, "National Security Adviser Jake Sullivan said");
        fixture.mark(Kind.SPEAKER, "Jake Sullivan");

        int inside = fixture.rangeOf("Sullivan").start();
        workspace.reader().selectAt(inside);
        assertEquals(Kind.SPEAKER, workspace.selection().annotation().kind());
        assertEquals("Speaker  ·  marked by hand\nIndirect quote  ·  marked by hand",
                workspace.reader().describeAt(inside).orElseThrow(), "the tooltip names both, innermost first");
        workspace.reader().layers().property(Layer.SPEAKERS).set(false);
        workspace.reader().selectAt(inside);
        assertEquals(Kind.INDIRECT_QUOTE, workspace.selection().annotation().kind());
        workspace.reader().selectAt(0);
        assertNull(workspace.selection().annotation());
    }

    @Test
    void deletingAndChangingKindGoThroughTheProject() {
        fixture.mark(Kind.CLAIM, "68 countries");
        workspace.edits().changeKind(workspace.selection().annotation(), Kind.DIRECT_QUOTE);
        assertEquals(Kind.DIRECT_QUOTE, stored().get(0).kind());
        assertEquals(Kind.DIRECT_QUOTE, workspace.selection().annotation().kind());

        workspace.edits().delete(workspace.selection().annotation());
        assertTrue(stored().isEmpty());
        assertNull(workspace.selection().annotation());
        assertEquals("Saved · Deleted direct quote", workspace.status().textProperty().get());
    }

    @Test
    void anEditRefreshesTheArticlesRowOfTheLibraryOnly() {
        int before = row().statementCount();
        fixture.mark(Kind.CLAIM, "68 countries");
        assertEquals(before + 1, row().statementCount());
    }

    private io.sourcemark.model.ArticleSummary row() {
        return workspace.library().rows().stream().filter(r -> r.id() == fixture.afpId).findFirst().orElseThrow();
    }

    @Test
    void theLibraryFilterNarrowsTheList() {
        int all = workspace.library().rows().size();
        workspace.library().filterProperty().set("zqxj no such article");
        assertTrue(workspace.library().rows().isEmpty());
        workspace.library().filterProperty().set("");
        assertEquals(all, workspace.library().rows().size());
    }

    @Test
    void acceptAndRejectMoveToTheNextSuggestionInReadingOrder() {
        fixture.suggest(Kind.SPEAKER, "Dmitry Peskov", "Sergei Shoigu", "Adrienne Watson");
        workspace.navigator().open(fixture.afpId);
        String body = fixture.body();

        workspace.reader().selectAt(body.indexOf("Peskov"));
        workspace.edits().accept(workspace.selection().annotation());
        assertEquals("Sergei Shoigu", workspace.selection().annotation().exact(), "on to the next suggestion");
        workspace.edits().reject(workspace.selection().annotation());
        assertEquals("Adrienne Watson", workspace.selection().annotation().exact());
        assertEquals("Saved · Rejected speaker", workspace.status().textProperty().get());
        assertEquals(List.of("Dmitry Peskov", "Adrienne Watson"), workspace.open().annotations().stream()
                .map(Annotation::exact).toList());
        workspace.edits().accept(workspace.selection().annotation());
        assertNull(workspace.selection().annotation(), "no suggestion left");

        workspace.edits().undo();
        assertEquals(Origin.DETECTED, workspace.selection().annotation().origin());
        assertEquals("Adrienne Watson", workspace.selection().annotation().exact());
    }

    @Test
    void jAndKMoveBetweenStatementsAndEscapeDeselects() {
        fixture.suggest(Kind.SPEAKER, "Dmitry Peskov", "Sergei Shoigu");
        workspace.navigator().open(fixture.afpId);

        workspace.statements().next();
        assertEquals("Dmitry Peskov", workspace.selection().annotation().exact());
        workspace.statements().next();
        assertEquals("Sergei Shoigu", workspace.selection().annotation().exact());
        workspace.statements().next();
        assertEquals("Sergei Shoigu", workspace.selection().annotation().exact(), "the last stays");
        workspace.statements().previous();
        assertEquals("Dmitry Peskov", workspace.selection().annotation().exact());
        workspace.reader().deselect();
        assertNull(workspace.selection().annotation());
    }

    @Test
    void acceptingAllOfAKindSaysHowManyAndWhenThereWereNone() {
        fixture.suggest(Kind.SPEAKER, "Dmitry Peskov", "Sergei Shoigu");
        workspace.navigator().open(fixture.afpId);

        workspace.edits().reviewAll(Kind.SPEAKER, true);
        assertEquals("Saved · Accepted 2 suggested speakers in this article",
                workspace.status().textProperty().get());
        assertTrue(workspace.open().annotations().stream().allMatch(a -> a.origin() == Origin.CONFIRMED));

        workspace.edits().reviewAll(Kind.SPEAKER, false);
        assertEquals("This article has no suggested speakers left to reject.",
                workspace.status().textProperty().get());
        assertTrue(workspace.status().problemProperty().get());
        assertEquals("Undo: Accept 2 suggestions", workspace.history().undoTextProperty().get());
    }

    @Test
    void undoOfAChangeInAnotherArticleOpensThatArticle() {
        fixture.mark(Kind.CLAIM, "68 countries");
        long other = workspace.library().rows().stream().filter(r -> r.id() != fixture.afpId).findFirst()
                .orElseThrow().id();
        workspace.navigator().open(other);

        workspace.edits().undo();

        assertEquals(fixture.afpId, workspace.selection().articleId());
        assertTrue(workspace.open().annotations().isEmpty());
    }
}
