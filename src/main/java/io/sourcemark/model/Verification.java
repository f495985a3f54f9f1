package io.sourcemark.model;

import java.time.Instant;

/**
 * Where the check of a statement stands. {@code rationale}, {@code reviewer} and {@code reviewedAt} may be null.
 */
public record Verification(Verdict verdict, ReviewStatus status, String rationale, String reviewer,
                           Instant reviewedAt) {

    public static final Verification UNCHECKED =
            new Verification(Verdict.NOT_CHECKED, ReviewStatus.TO_CHECK, null, null, null);
}
