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
        try (ComputePool compute = new ComputePool(1)) {
            ImportReport report = new ImportService(project, ImporterRegistry.standard(), compute)
                    .importPaths(List.of(AFP), ImportProgress.NONE, () -> false);
            afp = project.read(tx -> tx.articles().find(report.imported().get(0).articleId())).orElseThrow();
        }
        history = new UndoHistory(project);
        service = new AnnotationService(project);
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
        return rows();
    }

    private List<Annotation> rows() {
        return project.read(tx -> tx.annotations().forArticle(afp.id()));
    }

    private Annotation suggest(Kind kind, String words) {
        return project.change("Suggest", tx -> tx.annotations().insert(Annotation.of(afp.id(), kind,
                Origin.DETECTED, rangeOf(words), afp.body())));
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
        assertTrue(rows().isEmpty());

        Change change = history.undo().orElseThrow();
        assertEquals("Delete direct quote", change.label());
        assertEquals(afp.id(), change.articleId());
        assertEquals(List.of(created), rows(), "the same row, under its own id and uid");

        history.redo().orElseThrow();
        assertTrue(storedRows().isEmpty());
    }

    @Test
    void undoBringsADeletedAnnotationBackUnderItsIdSoOlderStepsStillReachIt() {
        Annotation created = service.annotate(afp.id(), Kind.CLAIM, rangeOf("68 countries"));
        service.changeKind(created.id(), Kind.DIRECT_QUOTE);
        service.delete(created.id());

        history.undo(); // back in, under its own id
        assertEquals(created.id(), only().id());
        assertEquals(Kind.DIRECT_QUOTE, only().kind());
        history.undo(); // the kind change reaches the re-inserted row
        assertEquals(Kind.CLAIM, only().kind());
        history.undo(); // and so does the undo of the creation
        assertTrue(rows().isEmpty());
        assertEquals("Import “000-afp-north-korea-arms-russia.txt”", history.undoLabel().orElseThrow());

        history.redo();
        history.redo();
        assertEquals(Kind.DIRECT_QUOTE, only().kind());
        history.redo();
        assertTrue(rows().isEmpty());
        assertTrue(history.redoLabel().isEmpty());
    }

    @Test
    void changingTheKindKeepsTheRangeAndCanBeUndone() throws Exception {
        Annotation created = service.annotate(afp.id(), Kind.DIRECT_QUOTE, rangeOf("active discussions"));
        Annotation changed = service.changeKind(created.id(), Kind.INDIRECT_QUOTE);
        assertEquals(Kind.INDIRECT_QUOTE, only().kind());
        assertEquals(created.range(), changed.range());
        assertEquals("Change to indirect quote", history.undoLabel().orElseThrow());
        history.undo();
        assertEquals(Kind.DIRECT_QUOTE, storedRows().get(0).kind());
    }

    @Test
    void acceptingAndRejectingSuggestionsKeepsRejectedOnesOutOfView() throws Exception {
        Annotation first = suggest(Kind.SPEAKER, "Jake Sullivan");
        Annotation second = suggest(Kind.SPEAKER, "Dmitry Peskov");

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
        Annotation suggestion = suggest(Kind.CLAIM, "68 countries");
        service.reject(suggestion.id());
        history.undo();
        assertEquals(Origin.DETECTED, only().origin());
    }

    @Test
    void aNewChangeClearsWhatCouldBeRedone() {
        Annotation created = service.annotate(afp.id(), Kind.CLAIM, rangeOf("68 countries"));
        history.undo();
        assertTrue(history.redoLabel().isPresent());
        service.annotate(afp.id(), Kind.SPEAKER, rangeOf("Jake Sullivan"));
        assertTrue(history.redoLabel().isEmpty());
        assertTrue(history.redo().isEmpty());
        assertEquals("Jake Sullivan", only().exact());
        assertEquals(Kind.CLAIM, created.kind());
    }

    private Annotation only() {
        List<Annotation> rows = rows();
        assertEquals(1, rows.size(), rows.toString());
        return rows.get(0);
    }
}
