package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.Verdict;
import io.sourcemark.model.Verification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VerificationServiceTest {

    static final Instant NOW = Instant.parse("2026-03-04T10:15:30.123Z");

    @TempDir
    Path dir;
    AfpProject afp;
    VerificationService service;
    UndoHistory history;

    @BeforeEach
    void open() throws Exception {
        afp = AfpProject.in(dir);
        service = new VerificationService(afp.project.project(), Clock.fixed(NOW, ZoneOffset.UTC));
        history = afp.project.history();
    }

    @AfterEach
    void close() {
        afp.close();
    }

    @Test
    void setsTheVerdictWithTheReviewerAndTimeAndUndoRestoresTheUncheckedRow() {
        Annotation claim = afp.mark(Kind.CLAIM, "active discussions");

        service.setVerdict(claim.id(), Verdict.MOSTLY_TRUE, "  Ana Ruiz ");

        assertEquals(new Verification(Verdict.MOSTLY_TRUE, ReviewStatus.DONE, null, "Ana Ruiz", NOW),
                afp.stored(claim.id()).verification());
        assertEquals("Set verdict: Mostly true", history.undoLabel().orElseThrow());
        Change undone = history.undo().orElseThrow();
        assertEquals(new Change(afp.afp.id(), claim.id(), "Set verdict: Mostly true"), undone);
        assertEquals(Verification.UNCHECKED, afp.stored(claim.id()).verification());
        history.redo().orElseThrow();
        assertEquals(Verdict.MOSTLY_TRUE, afp.stored(claim.id()).verification().verdict());
    }

    @Test
    void setsTheReviewStatusAndTheRationaleEachAsAStepOfItsOwn() {
        Annotation quote = afp.mark(Kind.DIRECT_QUOTE, "active discussions");
        service.setVerdict(quote.id(), Verdict.FALSE, "Ana");
        service.setStatus(quote.id(), ReviewStatus.IN_PROGRESS, "Ben");
        assertEquals("Set review status: In progress", history.undoLabel().orElseThrow());
        service.setRationale(quote.id(), "The ministry's figures say otherwise.\n", "Ben");
        assertEquals("Edit rationale", history.undoLabel().orElseThrow());

        assertEquals(new Verification(Verdict.FALSE, ReviewStatus.IN_PROGRESS,
                "The ministry's figures say otherwise.", "Ben", NOW), afp.stored(quote.id()).verification());

        history.undo();
        assertEquals(new Verification(Verdict.FALSE, ReviewStatus.IN_PROGRESS, null, "Ben", NOW),
                afp.stored(quote.id()).verification());
        history.undo();
        assertEquals(new Verification(Verdict.FALSE, ReviewStatus.DONE, null, "Ana", NOW),
                afp.stored(quote.id()).verification());
    }

    @Test
    void aVerdictEndsACheckNotBegunAndTakingItBackReopensIt() {
        Annotation claim = afp.mark(Kind.CLAIM, "active discussions");
        Annotation quote = afp.mark(Kind.DIRECT_QUOTE, "North Korea");

        service.setVerdict(claim.id(), Verdict.FALSE, "Ana");
        assertEquals(ReviewStatus.DONE, afp.stored(claim.id()).verification().status());
        service.setVerdict(claim.id(), Verdict.NOT_CHECKED, "Ana");
        assertEquals(ReviewStatus.TO_CHECK, afp.stored(claim.id()).verification().status());
        history.undo();
        assertEquals(new Verification(Verdict.FALSE, ReviewStatus.DONE, null, "Ana", NOW),
                afp.stored(claim.id()).verification(), "one step: the verdict and the status together");

        // a check the analyst has under way stays so until they end it
        service.setStatus(quote.id(), ReviewStatus.IN_PROGRESS, "Ben");
        service.setVerdict(quote.id(), Verdict.MISLEADING, "Ben");
        assertEquals(ReviewStatus.IN_PROGRESS, afp.stored(quote.id()).verification().status());
        service.setVerdict(quote.id(), Verdict.NOT_CHECKED, "Ben");
        assertEquals(ReviewStatus.IN_PROGRESS, afp.stored(quote.id()).verification().status());
    }

    @Test
    void aBlankRationaleRemovesItAndABlankReviewerIsStoredAsNone() {
        Annotation claim = afp.mark(Kind.CLAIM, "active discussions");
        service.setRationale(claim.id(), "Needs a source", "");
        service.setRationale(claim.id(), "   ", " ");

        assertEquals("Remove rationale", history.undoLabel().orElseThrow());
        assertEquals(new Verification(Verdict.NOT_CHECKED, ReviewStatus.TO_CHECK, null, null, NOW),
                afp.stored(claim.id()).verification());
    }

    @Test
    void theSameVerdictAgainWritesNothing() {
        Annotation claim = afp.mark(Kind.CLAIM, "active discussions");
        service.setVerdict(claim.id(), Verdict.TRUE, "Ana");
        Annotation before = afp.stored(claim.id());

        service.setVerdict(claim.id(), Verdict.TRUE, "Ben");

        assertEquals(before, afp.stored(claim.id()));
    }

    @Test
    void checkingASuggestionAcceptsIt() {
        Annotation suggested = afp.suggest(Kind.CLAIM, "active discussions");

        service.setVerdict(suggested.id(), Verdict.MISLEADING, "Ana");

        Annotation stored = afp.stored(suggested.id());
        assertEquals(Origin.CONFIRMED, stored.origin());
        assertEquals(Verdict.MISLEADING, stored.verification().verdict());
        history.undo();
        assertEquals(Origin.DETECTED, afp.stored(suggested.id()).origin());
    }

    @Test
    void anAcceptedSuggestedClaimIsAStatementReadyForAVerdict() {
        Annotation suggested = afp.suggest(Kind.CLAIM, "active discussions");
        afp.project.annotations().accept(suggested.id());

        assertEquals(Verification.UNCHECKED, afp.stored(suggested.id()).verification());
        service.setVerdict(suggested.id(), Verdict.UNVERIFIABLE, "Ana");
        assertEquals(Verdict.UNVERIFIABLE, afp.stored(suggested.id()).verification().verdict());
    }

    @Test
    void aSpeakerMentionGetsNoVerdictAndNothingIsWritten() {
        Annotation speaker = afp.mark(Kind.SPEAKER, "active discussions");
        String label = history.undoLabel().orElseThrow();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> service.setVerdict(speaker.id(), Verdict.TRUE, "Ana"));

        assertEquals("Only quotes and claims are checked; this highlight is a speaker.", refused.getMessage());
        assertEquals(speaker, afp.stored(speaker.id()));
        assertEquals(label, history.undoLabel().orElseThrow());
    }

    @Test
    void theLibraryCountsTheCheckedStatementsOfAnArticle() {
        Annotation first = afp.mark(Kind.CLAIM, "active discussions");
        afp.mark(Kind.DIRECT_QUOTE, "North Korea");
        service.setVerdict(first.id(), Verdict.FALSE, "Ana");

        var row = afp.project.articles().summary(afp.afp.id()).orElseThrow();
        assertEquals(2, row.statementCount());
        assertEquals(1, row.checkedCount());
        service.setVerdict(first.id(), Verdict.NOT_CHECKED, "Ana");
        assertEquals(0, afp.project.articles().summary(afp.afp.id()).orElseThrow().checkedCount());
    }
}
