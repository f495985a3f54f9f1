package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.Verdict;
import io.sourcemark.model.Verification;
import io.sourcemark.store.Repositories;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The check of a statement: its verdict, review status and rationale. Every call is one change, named as Edit ▸ Undo
 * shows it ("Set verdict: Mostly true"), and records who made it (the reviewer's name from the preferences) and when.
 * Checking a suggestion reviews it: it becomes an accepted statement.
 */
public final class VerificationService {

    private final Project project;
    private final Clock clock;

    public VerificationService(Project project) {
        this(project, Clock.systemUTC());
    }

    /** With the clock that dates the reviews (tests give a fixed one). */
    public VerificationService(Project project, Clock clock) {
        this.project = project;
        this.clock = clock;
    }

    /**
     * @param reviewer the analyst's name, or null or blank when the preferences have none
     * @throws IllegalArgumentException when the highlight is gone or is not a quote or claim
     */
    public Annotation setVerdict(long statementId, Verdict verdict, String reviewer) {
        return verify(statementId, "Set verdict: " + VerdictNames.of(verdict), reviewer,
                v -> new Verification(verdict, statusAfter(v.status(), verdict), v.rationale(), v.reviewer(),
                        v.reviewedAt()));
    }

    /**
     * A verdict concludes a check that had not begun: "To check" becomes "Done", in the same step. Taking the
     * verdict back (Not checked) reopens a "Done" check. "In progress" is the analyst's to end.
     */
    private static ReviewStatus statusAfter(ReviewStatus status, Verdict verdict) {
        boolean concluded = verdict != Verdict.NOT_CHECKED;
        if (concluded && status == ReviewStatus.TO_CHECK) {
            return ReviewStatus.DONE;
        }
        if (!concluded && status == ReviewStatus.DONE) {
            return ReviewStatus.TO_CHECK;
        }
        return status;
    }

    public Annotation setStatus(long statementId, ReviewStatus status, String reviewer) {
        return verify(statementId, "Set review status: " + VerdictNames.of(status), reviewer,
                v -> new Verification(v.verdict(), status, v.rationale(), v.reviewer(), v.reviewedAt()));
    }

    /** Sets the rationale (blank removes it). */
    public Annotation setRationale(long statementId, String rationale, String reviewer) {
        String kept = Text.orNull(rationale);
        return verify(statementId, kept == null ? "Remove rationale" : "Edit rationale", reviewer,
                v -> new Verification(v.verdict(), v.status(), kept, v.reviewer(), v.reviewedAt()));
    }

    /** Changes the verification; when nothing but the reviewer and time would change, nothing is written. */
    private Annotation verify(long statementId, String label, String reviewer, UnaryOperator<Verification> how) {
        return project.change(label, tx -> {
            Annotation before = statement(tx, statementId);
            Verification was = before.verification() == null ? Verification.UNCHECKED : before.verification();
            Verification changed = how.apply(was);
            tx.focus(before.articleId(), statementId);
            if (sameCheck(was, changed) && before.verification() != null) {
                return before;
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            Annotation after = before.withVerification(new Verification(changed.verdict(), changed.status(),
                    changed.rationale(), Text.orNull(reviewer), now));
            after = AnalystWork.asReviewed(after);
            tx.annotations().update(after);
            return after;
        });
    }

    private static boolean sameCheck(Verification a, Verification b) {
        return a.verdict() == b.verdict() && a.status() == b.status() && Objects.equals(a.rationale(), b.rationale());
    }

    /** The statement, or a message saying why this highlight has no check. */
    static Annotation statement(Repositories tx, long statementId) {
        Annotation found = tx.annotations().find(statementId)
                .orElseThrow(() -> new IllegalArgumentException("This highlight no longer exists in the project."));
        if (!found.kind().isStatement()) {
            throw new IllegalArgumentException("Only quotes and claims are checked; this highlight is a "
                    + KindNames.of(found.kind()) + ".");
        }
        return found;
    }
}
