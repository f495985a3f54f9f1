package io.sourcemark.ui.export;

import io.sourcemark.service.ExportReport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an export did, in the analyst's words: where the files went, and what was left out and why. */
final class ExportSummary {

    private static final int LISTED_FILES = 8;
    /** Articles named for one reason before the rest are counted. */
    private static final int LISTED_SKIPPED = 3;

    private ExportSummary() {
    }

    /** One line for the status bar. */
    static String line(ExportReport report, Path folder) {
        String done = "Exported " + report.written().size() + (report.written().size() == 1 ? " file" : " files")
                + " to " + folder;
        if (report.written().isEmpty()) {
            done = "Nothing was exported";
        }
        int problems = (int) report.skipped().stream().filter(ExportReport.SkippedArticle::problem).count();
        return done + (problems > 0 ? ", " + problems + " not written" : "") + (report.stopped() ? " (cancelled)" : "");
    }

    /**
     * The files written (the first few), by their names in {@code folder}, which the line above names already (a
     * whole path has no space to wrap at and was cut mid-word), and every article left out, for the dialog shown
     * at the end.
     */
    static String details(ExportReport report, Path folder) {
        List<Path> written = report.written();
        StringBuilder text = new StringBuilder();
        written.stream().limit(LISTED_FILES).forEach(file -> text.append(inFolder(file, folder)).append('\n'));
        if (written.size() > LISTED_FILES) {
            text.append("… and ").append(written.size() - LISTED_FILES).append(" more files\n");
        }
        if (!report.skipped().isEmpty()) {
            text.append('\n').append(skipped(report.skipped()));
        }
        return text.toString().strip();
    }

    /**
     * The articles left out, by reason: a reason shared by many (a library where most articles have no verdict
     * yet) is said once with a few of their titles, so the message fits on a screen.
     */
    private static String skipped(List<ExportReport.SkippedArticle> skipped) {
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        skipped.forEach(s -> byReason.computeIfAbsent(s.reason(), r -> new ArrayList<>()).add(s.title()));
        StringBuilder text = new StringBuilder();
        byReason.forEach((reason, titles) -> {
            if (titles.size() <= LISTED_SKIPPED) {
                titles.forEach(title -> text.append("Not exported: “").append(title).append("”: ").append(reason)
                        .append('\n'));
            } else {
                text.append(titles.size()).append(" articles not exported: ").append(reason).append('\n');
                titles.stream().limit(LISTED_SKIPPED).forEach(title -> text.append("    “").append(title)
                        .append("”\n"));
                text.append("    … and ").append(titles.size() - LISTED_SKIPPED).append(" more\n");
            }
        });
        return text.toString();
    }

    private static Path inFolder(Path file, Path folder) {
        Path where = folder.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(where) ? where.relativize(absolute) : file;
    }
}
