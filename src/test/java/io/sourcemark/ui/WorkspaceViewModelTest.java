package io.sourcemark.ui;

import io.sourcemark.importer.ImporterRegistry;
import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.TextRange;
import io.sourcemark.service.AnnotationService;
import io.sourcemark.service.ArticleService;
import io.sourcemark.service.ComputePool;
import io.sourcemark.service.ImportService;
import io.sourcemark.service.Project;
import io.sourcemark.service.UndoHistory;
import io.sourcemark.store.Priority;
import io.sourcemark.store.ProjectStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The view model on a real project file, with background work run at once on the test's thread. */
class WorkspaceViewModelTest {

    @TempDir
    Path dir;
    Project project;
    ArticleService articles;
    WorkspaceViewModel model;
    long afpId;

    @BeforeEach
    void openTheSamples() throws Exception {
        project = Project.open(dir.resolve("model.sourcemark"));
        afpId = new ImportService(project, ImporterRegistry.standard(), new ComputePool(2)).importBundledSamples();
        articles = new ArticleService(project);
        UndoHistory history = new UndoHistory(project);
        model = new WorkspaceViewModel(articles, new AnnotationService(project), history,
                BackgroundTasks.sameThread());
        model.reloadLibrary();
        model.openArticle(afpId);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private TextRange rangeOf(String words) {
        Article article = model.articleProperty().get();
        int start = article.body().indexOf(words);
        return new TextRange(start, start + words.length());
    }

    @Test
    void marksTheSelectionThenUndoesAndRedoesIt() {
        assertEquals(afpId, model.articleProperty().get().id());
        assertEquals(articles.count(), model.library().size());
        model.textSelectionProperty().set(rangeOf("Dmitry Peskov"));
        model.annotateSelection(Kind.SPEAKER);

        assertEquals(List.of("Dmitry Peskov"), model.annotations().stream().map(Annotation::exact).toList());
        assertEquals("Dmitry Peskov", model.selectedProperty().get().exact());
        assertEquals("Saved · Marked speaker", model.status().textProperty().get());
        assertTrue(model.canUndoProperty().get());

        model.undo();
        assertTrue(model.annotations().isEmpty());
        assertTrue(articles.visibleAnnotations(afpId).isEmpty());
        assertEquals("Saved · Undid: Mark speaker", model.status().textProperty().get());
        assertEquals("Redo: Mark speaker", model.redoTextProperty().get());
        assertEquals("Undo: Import the sample articles", model.undoTextProperty().get(), "an import is a change too");
        assertTrue(model.canRedoProperty().get());

        model.redo();
        assertEquals(List.of("Dmitry Peskov"), articles.visibleAnnotations(afpId).stream()
                .map(Annotation::exact).toList());
        assertEquals(model.annotations(), articles.visibleAnnotations(afpId));
    }

    @Test
    void withoutASelectionNothingIsMarkedAndTheAnalystIsTold() {
        model.annotateSelection(Kind.CLAIM);
        assertTrue(model.status().problemProperty().get());
        assertTrue(model.status().textProperty().get().startsWith("Select some words"));
        assertTrue(articles.visibleAnnotations(afpId).isEmpty());
    }

    @Test
    void markingTheSameWordsTwiceIsRefusedWithAMessage() {
        model.textSelectionProperty().set(rangeOf("68 countries"));
        model.annotateSelection(Kind.CLAIM);
        model.annotateSelection(Kind.CLAIM);
        assertEquals("This text is already marked as a claim.", model.status().textProperty().get());
        assertEquals(1, articles.visibleAnnotations(afpId).size());
    }

    @Test
    void clickingInsideNestedHighlightsSelectsTheInnermostVisibleOne() {
        model.textSelectionProperty().set(rangeOf("National Security Adviser Jake Sullivan said"));
        model.annotateSelection(Kind.INDIRECT_QUOTE);
        model.textSelectionProperty().set(rangeOf("Jake Sullivan"));
        model.annotateSelection(Kind.SPEAKER);

        int inside = rangeOf("Sullivan").start();
        model.selectAt(inside);
        assertEquals(Kind.SPEAKER, model.selectedProperty().get().kind());
        model.layers().property(Layer.SPEAKERS).set(false);
        model.selectAt(inside);
        assertEquals(Kind.INDIRECT_QUOTE, model.selectedProperty().get().kind());
        model.selectAt(0);
        assertNull(model.selectedProperty().get());
    }

    @Test
    void deletingAndChangingKindGoThroughTheProject() {
        model.textSelectionProperty().set(rangeOf("68 countries"));
        model.annotateSelection(Kind.CLAIM);
        model.changeKind(model.selectedProperty().get(), Kind.DIRECT_QUOTE);
        assertEquals(Kind.DIRECT_QUOTE, articles.visibleAnnotations(afpId).get(0).kind());
        assertEquals(Kind.DIRECT_QUOTE, model.selectedProperty().get().kind());

        model.deleteSelected();
        assertTrue(articles.visibleAnnotations(afpId).isEmpty());
        assertNull(model.selectedProperty().get());
        assertEquals("Saved · Deleted direct quote", model.status().textProperty().get());
    }

    @Test
    void theLibraryFilterNarrowsTheList() {
        int all = model.library().size();
        model.libraryFilterProperty().set("zqxj no such article");
        assertTrue(model.library().isEmpty());
        model.libraryFilterProperty().set("");
        assertEquals(all, model.library().size());
    }

    @Test
    void acceptingAndRejectingSuggestionsFromTheInspector() throws Exception {
        String body = suggestSpeakers("Dmitry Peskov", "Sergei Shoigu");
        model.openArticle(afpId);
        assertEquals(2, model.annotations().size());

        model.selectAt(body.indexOf("Peskov"));
        model.acceptSelected();
        assertEquals(Origin.CONFIRMED, model.selectedProperty().get().origin());
        model.selectAt(body.indexOf("Shoigu"));
        model.rejectSelected();
        assertEquals(List.of("Dmitry Peskov"), model.annotations().stream().map(Annotation::exact).toList());
        assertNull(model.selectedProperty().get());
        assertEquals("Saved · Rejected suggestion", model.status().textProperty().get());

        model.undo();
        assertEquals(2, model.annotations().size());
        assertEquals(Origin.DETECTED, model.selectedProperty().get().origin());
        assertEquals("Sergei Shoigu", model.selectedProperty().get().exact());
    }

    @Test
    void acceptingAllOfAKindSaysHowManyAndWhenThereWereNone() throws Exception {
        String body = suggestSpeakers("Dmitry Peskov", "Sergei Shoigu");
        model.openArticle(afpId);

        model.reviewAll(Kind.SPEAKER, true);
        assertEquals("Saved · Accepted 2 suggested speakers", model.status().textProperty().get());
        assertTrue(model.annotations().stream().allMatch(a -> a.origin() == Origin.CONFIRMED));

        model.reviewAll(Kind.SPEAKER, false);
        assertEquals("This article has no suggested speakers left to reject.", model.status().textProperty().get());
        assertTrue(model.status().problemProperty().get());
        assertEquals("Undo: Accept 2 suggestions", model.undoTextProperty().get());
    }

    @Test
    void anAcceptQueuedBehindTheDeletionOfItsSuggestionSaysItIsGone() throws Exception {
        String body = model.articleProperty().get().body();
        int peskovAt = body.indexOf("Dmitry Peskov");
        Annotation peskov = Annotation.of(afpId, Kind.SPEAKER, Origin.DETECTED,
                new TextRange(peskovAt, peskovAt + 13), body);
        long id;
        try (ProjectStore second = ProjectStore.open(dir.resolve("model.sourcemark"))) {
            id = second.change(Priority.ACTION, "Suggest", tx -> tx.annotations().insert(peskov)).id();
        }
        java.util.ArrayDeque<Runnable> worker = new java.util.ArrayDeque<>();
        UndoHistory history = new UndoHistory(project);
        WorkspaceViewModel queued = new WorkspaceViewModel(articles, new AnnotationService(project), history,
                new BackgroundTasks(worker::add, Runnable::run, null));
        queued.openArticle(afpId);
        worker.poll().run();
        queued.selectAt(peskovAt);

        queued.acceptSelected(); // pressed while another window deletes it: it waits its turn
        try (ProjectStore second = ProjectStore.open(dir.resolve("model.sourcemark"))) {
            second.change(Priority.ACTION, "Delete", tx -> {
                tx.annotations().delete(id);
                return null;
            });
        }
        worker.poll().run();

        assertTrue(articles.visibleAnnotations(afpId).isEmpty());
        assertEquals("This highlight no longer exists in the project.", queued.status().textProperty().get());
    }

    /** Stores speaker suggestions over the given words of the AFP article, as detection would; returns its body. */
    private String suggestSpeakers(String... words) throws Exception {
        String body = model.articleProperty().get().body();
        try (ProjectStore second = ProjectStore.open(dir.resolve("model.sourcemark"))) {
            second.change(Priority.BACKGROUND, "Detect", tx -> {
                for (String w : words) {
                    int at = body.indexOf(w);
                    tx.annotations().insert(Annotation.of(afpId, Kind.SPEAKER, Origin.DETECTED,
                            new TextRange(at, at + w.length()), body));
                }
                return null;
            });
        }
        return body;
    }
}
