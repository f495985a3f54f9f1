package io.sourcemark.ui.export;

import io.sourcemark.service.MergeConflict;
import io.sourcemark.service.MergeReport;
import io.sourcemark.service.RefusedFile;

/** A merge report in the analyst's words: counts, then each conflict, what was left out and the files refused. */
final class MergeReportText {

    private MergeReportText() {
    }

    static String headline(MergeReport report) {
        String text = "Imported annotations: " + report.annotationsAdded() + " added, " + report.annotationsIdentical()
                + " already there, " + report.annotationsUpdated() + " updated";
        if (!report.conflicts().isEmpty()) {
            text += "; " + report.conflicts().size() + " conflicts (the project's values kept)";
        }
        return report.stopped() ? text + " (cancelled)" : text;
    }

    static String details(MergeReport report) {
        StringBuilder text = new StringBuilder();
        text.append("Articles: ").append(report.articlesAdded()).append(" added, ").append(report.articlesMerged())
                .append(" merged into those of the project\n");
        text.append("Annotations: ").append(report.annotationsAdded()).append(" added, ")
                .append(report.annotationsIdentical()).append(" already there, ").append(report.annotationsUpdated())
                .append(" updated\n");
        text.append("Evidence: ").append(report.evidenceAdded()).append(" added; links: ").append(report.linksAdded())
                .append(" added\n");
        if (!report.conflicts().isEmpty()) {
            text.append("\nConflicts (the project's value was kept):\n");
            for (MergeConflict conflict : report.conflicts()) {
                text.append("  ").append(conflict.describe()).append('\n');
            }
        }
        if (!report.leftOut().isEmpty()) {
            text.append("\nLeft out:\n");
            report.leftOut().forEach(line -> text.append("  ").append(line).append('\n'));
        }
        if (!report.refused().isEmpty()) {
            text.append("\nFiles not read:\n");
            for (RefusedFile file : report.refused()) {
                text.append("  ").append(file.input()).append(": ").append(file.message()).append('\n');
            }
        }
        return text.toString().strip();
    }
}
