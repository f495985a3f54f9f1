package io.sourcemark.service;

import java.util.ArrayList;
import java.util.List;

/** The counts and lists of an import of annotations as it goes, made into a {@link MergeReport} at the end. */
final class MergeTally {

    int articlesAdded;
    int articlesMerged;
    int annotationsAdded;
    int annotationsIdentical;
    int annotationsUpdated;
    int evidenceAdded;
    int linksAdded;
    final List<MergeConflict> conflicts = new ArrayList<>();
    final List<String> leftOut = new ArrayList<>();
    final List<RefusedFile> refused = new ArrayList<>();

    MergeReport report(boolean stopped) {
        return new MergeReport(articlesAdded, articlesMerged, annotationsAdded, annotationsIdentical,
                annotationsUpdated, evidenceAdded, linksAdded, conflicts, leftOut, refused, stopped);
    }
}
