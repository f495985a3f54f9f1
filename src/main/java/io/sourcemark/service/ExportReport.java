package io.sourcemark.service;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export did.
 *
 * @param written  the files written, in order
 * @param skipped  the articles left out, with why (a file already there, no statement with a verdict, …)
 * @param articles how many articles were exported
 * @param stopped  whether the analyst cancelled it (what was written stays; a single library file is not written)
 */
public record ExportReport(List<Path> written, List<SkippedArticle> skipped, int articles, boolean stopped) {

    public ExportReport {
        written = List.copyOf(written);
        skipped = List.copyOf(skipped);
    }

    /** Whether some article was left out for a reason the analyst must act on (not just nothing to export). */
    public boolean hasProblems() {
        return skipped.stream().anyMatch(SkippedArticle::problem);
    }

    /**
     * An article an export left out; {@code reason} is a sentence for the analyst.
     *
     * @param problem false when it simply had nothing to export (no statement with a verdict, for ClaimReview)
     */
    public record SkippedArticle(String title, String reason, boolean problem) {
    }
}
