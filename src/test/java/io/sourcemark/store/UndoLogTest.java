package io.sourcemark.store;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Evidence;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Link;
import io.sourcemark.model.Origin;
import io.sourcemark.model.Relation;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.Stance;
import io.sourcemark.model.Tag;
import io.sourcemark.model.Verdict;
import io.sourcemark.model.Verification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Undo as data: the triggers' statements replayed, on a real project file, checked row for row. */
class UndoLogTest {

    private static final String QUOTE = "they will pay the price in the international community";

    @TempDir
    Path folder;
    private Path file;
    private ProjectStore store;
    private Article afp;
    private Article gdansk;

    @BeforeEach
    void open() throws Exception {
        file = folder.resolve("undo.sourcemark");
        store = ProjectStore.open(file);
        afp = store.change(Priority.ACTION, "Import AFP", tx -> tx.articles().insert(Samples.afpMeta(),
                Samples.body(Samples.AFP_FILE), Samples.sha256(Samples.body(Samples.AFP_FILE))));
        String body = Samples.body(Samples.GDANSK_FILE);
        gdansk = store.change(Priority.ACTION, "Import Gdańsk", tx -> tx.articles().insert(
                new io.sourcemark.model.ArticleMeta("Gdańsk mayor stabbed", "Wikinews", null, null, null, null,
                        "CC BY 2.5", Samples.GDANSK_FILE), body, Samples.sha256(body)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Annotation mark(Article article, Kind kind, String words) {
        return store.change(Priority.ACTION, "Mark", tx -> tx.annotations().insert(
                Samples.annotationOf(article, kind, Origin.MANUAL, words)));
    }

    @Test
    void undoingTheDeleteOfACheckedStatementBringsBackEverythingThatHungFromItRowForRow() throws Exception {
        Annotation quote = mark(afp, Kind.DIRECT_QUOTE, QUOTE);
        Annotation elsewhere = mark(gdansk, Kind.CLAIM, "Adamowicz");
        Annotation checked = quote.withVerification(new Verification(Verdict.MOSTLY_FALSE, ReviewStatus.DONE,
                "The resolutions say otherwise.", "A. Analyst", Instant.parse("2026-11-30T09:00:00Z")))
                .withNote("Compare with the UN text");
        store.change(Priority.ACTION, "Check", tx -> {
            tx.annotations().update(checked);
            tx.evidence().insert(new Evidence(0, null, quote.id(), "https://www.un.org/securitycouncil/",
                    "Security Council resolutions", "Resolution 2270", Stance.REFUTES, LocalDate.of(2026, 11, 30)));
            tx.evidence().insert(new Evidence(0, null, quote.id(), "https://www.whitehouse.gov/briefing-room/",
                    "Briefing", null, Stance.CONTEXT, null));
            tx.links().insert(new Link(0, null, quote.id(), elsewhere.id(), Relation.CONTRADICTS, "other article"));
            Tag arms = tx.tags().insert(new Tag(0, null, "Arms", "#dc2626", null, "1"));
            Tag sanctions = tx.tags().insert(new Tag(0, null, "Sanctions", "#2563eb", null, null));
            tx.tags().assign(quote.id(), arms.id());
            tx.tags().assign(quote.id(), sanctions.id());
            return null;
        });
        DatabaseSnapshot before = DatabaseSnapshot.of(file);
        assertEquals(2, before.rows("evidence"));
        assertEquals(2, before.rows("annotation_tag"));

        store.change(Priority.ACTION, "Delete direct quote", tx -> {
            tx.annotations().delete(quote.id());
            return null;
        });
        DatabaseSnapshot after = DatabaseSnapshot.of(file);
        assertEquals(0, after.rows("evidence"));
        assertEquals(0, after.rows("link"));
        assertEquals(0, after.rows("annotation_tag"));
        assertEquals(2, after.rows("tag"), "the codebook stays");

        Replayed undone = store.undo().orElseThrow();
        assertEquals("Delete direct quote", undone.label());
        assertEquals(List.of(), DatabaseSnapshot.of(file).differences(before));
        assertEquals(before, DatabaseSnapshot.of(file));
        assertEquals(Optional.of(checked.withUid(quote.uid())), store.read(tx -> tx.annotations().find(quote.id())));
        assertEquals(List.of(quote.id()), store.read(tx -> tx.search().search("international community", 5))
                .stream().map(SearchHit::annotationId).filter(id -> id != null).toList(), "the search index follows");

        store.redo().orElseThrow();
        assertEquals(after, DatabaseSnapshot.of(file));
    }

    @Test
    void aStepThatARunningDetectionChangedSinceIsRefusedAndNothingChanges() throws Exception {
        Annotation suggestion = store.change(Priority.ACTION, "Suggest", tx -> tx.annotations().insert(
                Samples.annotationOf(afp, Kind.DIRECT_QUOTE, Origin.DETECTED, QUOTE)));
        store.change(Priority.ACTION, "Accept suggestion", tx -> {
            tx.annotations().update(tx.annotations().find(suggestion.id()).orElseThrow()
                    .withOrigin(Origin.CONFIRMED));
            return null;
        });
        RunningChange detection = store.begin(Priority.BACKGROUND, "Detect in 2 articles");
        detection.write(tx -> {
            tx.annotations().update(tx.annotations().find(suggestion.id()).orElseThrow().withScore(0.5));
            return null;
        });
        DatabaseSnapshot before = DatabaseSnapshot.of(file);

        UndoRefusedException refused = assertThrows(UndoRefusedException.class, store::undo);

        assertEquals("“Accept suggestion” cannot be undone: the direct quote “they will pay the price in the "
                + "internati…” was changed since by “Detect in 2 articles”. Nothing was changed.",
                refused.getMessage());
        assertEquals(before, DatabaseSnapshot.of(file));
        assertEquals(Optional.of("Accept suggestion"), store.undoLabel(), "the step stays, to be tried again");
        detection.close();
        assertEquals(Optional.of("Detect in 2 articles"), store.undoLabel());
    }

    @Test
    void anUndoThatWouldDeleteWhatALaterChangeAddedIsRefused() throws Exception {
        Annotation quote = mark(afp, Kind.DIRECT_QUOTE, QUOTE);
        RunningChange other = store.begin(Priority.BACKGROUND, "Import evidence");
        other.write(tx -> tx.evidence().insert(new Evidence(0, null, quote.id(), "https://example.org/", null, null,
                Stance.SUPPORTS, null)));
        DatabaseSnapshot before = DatabaseSnapshot.of(file);

        UndoRefusedException refused = assertThrows(UndoRefusedException.class, store::undo);

        assertTrue(refused.getMessage().startsWith("“Mark” cannot be undone: a piece of evidence was changed since "
                + "by “Import evidence”"), refused.getMessage());
        assertEquals(before, DatabaseSnapshot.of(file));
        other.close();
    }

    @Test
    void aRowChangedByAnotherProgramIsNotOverwritten() throws Exception {
        Annotation quote = mark(afp, Kind.DIRECT_QUOTE, QUOTE);
        store.change(Priority.ACTION, "Write a note", tx -> {
            tx.annotations().update(quote.withNote("first"));
            return null;
        });
        try (Sql sql = new Sql(file)) {
            sql.execute("UPDATE annotation SET note = 'changed outside' WHERE id = " + quote.id());
        }

        UndoRefusedException refused = assertThrows(UndoRefusedException.class, store::undo);

        assertTrue(refused.getMessage().endsWith("was changed since by another program. Nothing was changed."),
                refused.getMessage());
        assertEquals("changed outside", store.read(tx -> tx.annotations().find(quote.id())).orElseThrow().note());
    }

    @Test
    void theHistorySurvivesClosingTheProject() throws Exception {
        Annotation quote = mark(afp, Kind.DIRECT_QUOTE, QUOTE);
        store.change(Priority.ACTION, "Delete direct quote", tx -> {
            tx.annotations().delete(quote.id());
            return null;
        });
        store.close();

        store = ProjectStore.open(file);
        assertEquals(Optional.of("Delete direct quote"), store.undoLabel());
        store.undo();
        assertEquals(Optional.of(quote), store.read(tx -> tx.annotations().find(quote.id())));
        assertEquals(Optional.of("Delete direct quote"), store.redoLabel());
    }

    @Test
    void aChangeCutShortByACrashBecomesAStepThatCanBeUndone() throws Exception {
        RunningChange detection = store.begin(Priority.BACKGROUND, "Detect in 2 articles");
        Annotation written = detection.write(tx -> tx.annotations().insert(
                Samples.annotationOf(afp, Kind.SPEAKER, Origin.DETECTED, "Jake Sullivan")));
        store.close(); // the step is never finished, as when the application is killed

        store = ProjectStore.open(file);
        assertEquals(Optional.of("Detect in 2 articles (interrupted)"), store.undoLabel());
        store.undo();
        assertEquals(Optional.empty(), store.read(tx -> tx.annotations().find(written.id())));
    }

    @Test
    void aChangeThatWritesNothingIsNoStepAndIdsAreNeverGivenTwice() {
        Annotation first = mark(afp, Kind.CLAIM, "North Korea");
        store.change(Priority.ACTION, "Nothing", tx -> tx.annotations().forArticle(afp.id()));
        assertEquals(Optional.of("Mark"), store.undoLabel());
        store.undo();
        Annotation second = mark(afp, Kind.CLAIM, "North Korea");
        assertTrue(second.id() > first.id(), second.id() + " after " + first.id());
    }

    @Test
    void theHistoryKeepsTheNewestStepsOnly() throws Exception {
        Annotation quote = mark(afp, Kind.DIRECT_QUOTE, QUOTE);
        for (int i = 0; i <= UndoLog.LIMIT; i++) {
            String note = "note " + i;
            store.change(Priority.ACTION, "Note " + i, tx -> {
                tx.annotations().update(quote.withNote(note));
                return null;
            });
        }
        try (Sql sql = new Sql(file)) {
            assertEquals(UndoLog.LIMIT, sql.number("SELECT count(*) FROM undo_step"));
            assertEquals(UndoLog.LIMIT, sql.number("SELECT count(*) FROM undo_entry"));
        }
        assertEquals(Optional.of("Note " + UndoLog.LIMIT), store.undoLabel());
    }
}
