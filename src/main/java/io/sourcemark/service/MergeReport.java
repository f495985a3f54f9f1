package io.sourcemark.service;

import java.util.List;

/**
 * What an import of annotations did to the project.
 *
 * @param articlesAdded        articles new to the project
 * @param articlesMerged       articles the project already had (same identity or same text), merged into
 * @param annotationsAdded     annotations new to their article
 * @param annotationsIdentical annotations the article already had as they are (same uid, or same kind and range)
 * @param annotationsUpdated   annotations already there that took what the file adds: a verdict, a note, a speaker
 *                             where the project had none, or the analyst's review of a suggestion left untouched here
 * @param evidenceAdded        evidence rows added
 * @param linksAdded           links added
 * @param conflicts            values the file says otherwise than the project; the project's were kept
 * @param leftOut              what could not be imported, each in a sentence
 * @param refused              files that could not be read
 * @param stopped              whether the analyst cancelled it (what was merged stays; one undo reverses all)
 */
public record MergeReport(int articlesAdded, int articlesMerged, int annotationsAdded, int annotationsIdentical,
                          int annotationsUpdated, int evidenceAdded, int linksAdded, List<MergeConflict> conflicts,
                          List<String> leftOut, List<RefusedFile> refused, boolean stopped) {

    public MergeReport {
        conflicts = List.copyOf(conflicts);
        leftOut = List.copyOf(leftOut);
        refused = List.copyOf(refused);
    }

    /** Whether the analyst has something to look at: conflicts, things left out, or files refused. */
    public boolean needsAttention() {
        return !conflicts.isEmpty() || !leftOut.isEmpty() || !refused.isEmpty();
    }
}
