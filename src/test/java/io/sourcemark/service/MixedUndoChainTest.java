package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Evidence;
import io.sourcemark.model.Relation;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.Stance;
import io.sourcemark.model.Tag;
import io.sourcemark.model.TextRange;
import io.sourcemark.model.Verdict;
import io.sourcemark.store.DatabaseSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Twenty of an analyst's actions of every sort, across two articles, then twenty undos and twenty redos: after
 * each step the database equals, row for row in every domain table, its state at that point of the chain.
 */
class MixedUndoChainTest {

    @TempDir
    Path dir;

    @Test
    void everyUndoAndRedoGivesBackTheDatabaseOfItsStep() throws Exception {
        try (TwoArticles fixture = new TwoArticles(dir)) {
            Project project = fixture.project.project();
            VerificationService verification = new VerificationService(project);
            EvidenceService evidence = new EvidenceService(project);
            NoteService notes = new NoteService(project);
            LinkService links = new LinkService(project);
            SpeakerService speakers = new SpeakerService(project);
            CodebookService codebook = new CodebookService(project);
            TagService tags = new TagService(project);
            AnnotationService annotations = fixture.project.annotations();
            UndoHistory history = fixture.project.history();

            List<DatabaseSnapshot> states = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            states.add(fixture.snapshot());
            long talksOver = fixture.talksOver.id();
            long ships = fixture.ships.id();
            List<Runnable> steps = new ArrayList<>();
            long[] ids = new long[4];
            steps.add(() -> verification.setVerdict(talksOver, Verdict.MOSTLY_TRUE, "Ana Reviewer"));
            steps.add(() -> ids[0] = evidence.add(talksOver, draft("https://example.org/talks", Stance.SUPPORTS)).id());
            steps.add(() -> evidence.add(talksOver, draft("https://example.org/minutes", Stance.CONTEXT)));
            steps.add(() -> links.link(talksOver, fixture.repeated.id(), Relation.REPEATS, "same words a day later"));
            steps.add(() -> ids[1] = codebook.create("Security", "#3366cc", null, null).id());
            steps.add(() -> tags.tag(talksOver, ids[1]));
            steps.add(() -> speakers.merge(fixture.sullivan.id(), fixture.kim.id()));
            steps.add(() -> notes.setNote(talksOver, "Check the transcript of the briefing."));
            steps.add(() -> annotations.adjustByWord(fixture.negotiate.id(), SpanEdge.END, false));
            steps.add(() -> annotations.delete(fixture.sanctions.id()));
            steps.add(() -> verification.setStatus(ships, ReviewStatus.IN_PROGRESS, "Ana Reviewer"));
            steps.add(() -> verification.setRationale(ships, "The ministry's count; no port records yet.",
                    "Ana Reviewer"));
            steps.add(() -> notes.setArticleNote(fixture.briefingId, "Briefing of the next day."));
            steps.add(() -> evidence.move(find(evidence.forStatement(talksOver), ids[0]), 1));
            steps.add(() -> links.link(ships, talksOver, Relation.RESPONDS_TO, null));
            steps.add(() -> tags.tagSpan(fixture.briefingId, range(TwoArticles.BRIEFING, "The ministry"), ids[1]));
            steps.add(() -> speakers.splitAlias(fixture.sullivan.id(), "Mr. Sullivan"));
            steps.add(() -> speakers.setSpeakerByName(fixture.repeated.id(), "Jake Sullivan"));
            steps.add(() -> annotations.delete(talksOver));
            steps.add(() -> codebook.rename(ids[1], "National security"));
            assertEquals(20, steps.size());

            for (Runnable step : steps) {
                step.run();
                labels.add(history.undoLabel().orElseThrow());
                DatabaseSnapshot now = fixture.snapshot();
                assertNotEquals(states.get(states.size() - 1), now, "step " + labels.get(labels.size() - 1)
                        + " changed nothing");
                states.add(now);
            }
            for (int step = 20; step >= 1; step--) {
                assertEquals(labels.get(step - 1), history.undoLabel().orElseThrow());
                history.undo();
                assertEquals(List.of(), fixture.snapshot().differences(states.get(step - 1)),
                        "after undoing " + labels.get(step - 1));
            }
            for (int step = 1; step <= 20; step++) {
                assertEquals(labels.get(step - 1), history.redoLabel().orElseThrow());
                history.redo();
                assertEquals(List.of(), fixture.snapshot().differences(states.get(step)),
                        "after redoing " + labels.get(step - 1));
            }
        }
    }

    private static EvidenceDraft draft(String url, Stance stance) {
        return new EvidenceDraft(url, "A source on " + url, null, stance, LocalDate.of(2024, 3, 1));
    }

    private static Evidence find(List<Evidence> rows, long id) {
        return rows.stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    private static TextRange range(String body, String words) {
        int start = body.indexOf(words);
        return new TextRange(start, start + words.length());
    }
}
