package io.sourcemark.service;

import io.sourcemark.importer.ImporterRegistry;
import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.TextRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnnotationServiceTest {

    static final Path AFP = Path.of("sample-articles", "000-afp-north-korea-arms-russia.txt");

    @TempDir
    Path dir;
    Path file;
    Project project;
    UndoHistory history;
    AnnotationService service;
    Article afp;

    @BeforeEach
    void openProjectWithTheAfpArticle() throws Exception {
        file = dir.resolve("test.sourcemark");
        project = Project.open(file);
        ImportReport report = new ImportService(project, ImporterRegistry.standard())
                .importPaths(List.of(AFP), ImportProgress.NONE, () -> false);
        afp = project.store().articles().find(report.imported().get(0).articleId()).orElseThrow();
        history = new UndoHistory();
        service = new AnnotationService(project, history);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private TextRange rangeOf(String words) {
        int start = afp.body().indexOf(words);
        assertTrue(start >= 0, words);
        return new TextRange(start, start + words.length());
    }

    /** The rows as they are in the file, read through a second connection after closing the first. */
    private List<Annotation> storedRows() throws Exception {
        project.close();
        project = Project.open(file);
        service = null;
        return project.store().annotations().forArticle(afp.id());
    }

    @Test
    void marksADirectQuoteWithItsExactTextAndContextInTheFile() throws Exception {
        TextRange range = rangeOf("active discussions");
        Annotation created = service.annotate(afp.id(), Kind.DIRECT_QUOTE, range);

        List<Annotation> rows = storedRows();
        assertEquals(1, rows.size());
        Annotation row = rows.get(0);
        assertEquals(created.id(), row.id());
        assertEquals(Kind.DIRECT_QUOTE, row.kind());
        assertEquals(Origin.MANUAL, row.origin());
        assertEquals(range, row.range());
        assertEquals("active discussions", row.exact());
        assertEquals(afp.body().substring(range.start() - Annotation.CONTEXT_LENGTH, range.start()), row.prefix());
        assertTrue(row.prefix().endsWith("Jake Sullivan said. “"), row.prefix());
        assertTrue(row.suffix().startsWith("” between Moscow and Pyongyang"), row.suffix());
    }

    @Test
    void leavesOutSpacesAtTheEdgesOfTheSelection() {
        TextRange words = rangeOf("Jake Sullivan");
        Annotation created = service.annotate(afp.id(), Kind.SPEAKER,
                new TextRange(words.start() - 1, words.end() + 1));
        assertEquals(words, created.range());
        assertEquals("Jake Sullivan", created.exact());
    }

    @Test
    void refusesAnEmptySelectionAndTheSameMarkTwiceWithoutChangingTheFile() throws Exception {
        TextRange range = rangeOf("active discussions");
        service.annotate(afp.id(), Kind.DIRECT_QUOTE, range);
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> service.annotate(afp.id(), Kind.DIRECT_QUOTE, range));
        assertEquals("This text is already marked as a direct quote.", twice.getMessage());
        int space = afp.body().indexOf(' ');
        assertThrows(IllegalArgumentException.class,
                () -> service.annotate(afp.id(), Kind.CLAIM, new TextRange(space, space + 1)));
        assertThrows(IllegalArgumentException.class,
                () -> service.annotate(afp.id(), Kind.CLAIM, new TextRange(0, afp.body().length() + 5)));
        assertEquals(1, storedRows().size());
    }

    @Test
    void undoOfADeleteBringsBackTheSameAnnotation() throws Exception {
        Annotation created = service.annotate(afp.id(), Kind.DIRECT_QUOTE, rangeOf("active discussions"));
        service.delete(created.id());
        assertTrue(project.store().annotations().forArticle(afp.id()).isEmpty());

        Change change = history.undo().orElseThrow();
        assertEquals("Delete a direct quote", change.label());
        assertEquals(afp.id(), change.articleId());
        List<Annotation> rows = project.store().annotations().forArticle(afp.id());
        assertEquals(1, rows.size());
        assertEquals(change.annotationId(), rows.get(0).id());
        assertEquals(created.withId(0), rows.get(0).withId(0));

        history.redo().orElseThrow();
        assertTrue(storedRows().isEmpty());
    }

    @Test
    void olderStepsStillReachAnAnnotationWhoseIdChangedOnUndo() {
        Annotation created = service.annotate(afp.id(), Kind.CLAIM, rangeOf("68 countries"));
        service.changeKind(created.id(), Kind.DIRECT_QUOTE);
        service.delete(created.id());

        history.undo(); // back in, with a new id
        long reinserted = only().id();
        assertEquals(Kind.DIRECT_QUOTE, only().kind());
        history.undo(); // the kind change reaches the re-inserted row
        assertEquals(Kind.CLAIM, only().kind());
        assertEquals(reinserted, only().id());
        history.undo(); // and so does the undo of the creation
        assertTrue(project.store().annotations().forArticle(afp.id()).isEmpty());
        assertFalse(history.canUndo());

        history.redo();
        history.redo();
        assertEquals(Kind.DIRECT_QUOTE, only().kind());
        history.redo();
        assertTrue(project.store().annotations().forArticle(afp.id()).isEmpty());
        assertFalse(history.canRedo());
    }

    @Test
    void changingTheKindKeepsTheRangeAndCanBeUndone() throws Exception {
        Annotation created = service.annotate(afp.id(), Kind.DIRECT_QUOTE, rangeOf("active discussions"));
        Annotation changed = service.changeKind(created.id(), Kind.INDIRECT_QUOTE);
        assertEquals(Kind.INDIRECT_QUOTE, only().kind());
        assertEquals(created.range(), changed.range());
        assertEquals("Change to an indirect quote", history.undoLabel().orElseThrow());
        history.undo();
        assertEquals(Kind.DIRECT_QUOTE, storedRows().get(0).kind());
    }

    @Test
    void acceptingAndRejectingSuggestionsKeepsRejectedOnesOutOfView() throws Exception {
        Annotation first = project.store().annotations().insert(Annotation.of(afp.id(), Kind.SPEAKER,
                Origin.DETECTED, rangeOf("Jake Sullivan"), afp.body()));
        Annotation second = project.store().annotations().insert(Annotation.of(afp.id(), Kind.SPEAKER,
                Origin.DETECTED, rangeOf("Dmitry Peskov"), afp.body()));

        assertEquals(Origin.CONFIRMED, service.accept(first.id()).origin());
        assertEquals(Origin.REJECTED, service.reject(second.id()).origin());
        IllegalArgumentException again = assertThrows(IllegalArgumentException.class, () -> service.reject(first.id()));
        assertTrue(again.getMessage().contains("confirmed"), again.getMessage());

        ArticleService articles = new ArticleService(project);
        assertEquals(List.of("Jake Sullivan"), articles.visibleAnnotations(afp.id()).stream()
                .map(Annotation::exact).toList());
        List<Annotation> rows = storedRows();
        assertEquals(2, rows.size());
        assertEquals(Origin.REJECTED, rows.stream().filter(a -> a.exact().equals("Dmitry Peskov")).findFirst()
                .orElseThrow().origin());
    }

    @Test
    void undoOfARejectionShowsTheSuggestionAgain() {
        Annotation suggestion = project.store().annotations().insert(Annotation.of(afp.id(), Kind.CLAIM,
                Origin.DETECTED, rangeOf("68 countries"), afp.body()));
        service.reject(suggestion.id());
        history.undo();
        assertEquals(Origin.DETECTED, only().origin());
    }

    @Test
    void aNewChangeClearsWhatCouldBeRedone() {
        Annotation created = service.annotate(afp.id(), Kind.CLAIM, rangeOf("68 countries"));
        history.undo();
        assertTrue(history.canRedo());
        service.annotate(afp.id(), Kind.SPEAKER, rangeOf("Jake Sullivan"));
        assertFalse(history.canRedo());
        assertTrue(history.redo().isEmpty());
        assertEquals("Jake Sullivan", only().exact());
        assertEquals(Kind.CLAIM, created.kind());
    }

    private Annotation only() {
        List<Annotation> rows = project.store().annotations().forArticle(afp.id());
        assertEquals(1, rows.size(), rows.toString());
        return rows.get(0);
    }
}
