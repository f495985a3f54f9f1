package io.sourcemark.ui.export;

import io.sourcemark.service.ExportReport;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** What an export did, in the analyst's words: where the files went, and what was left out and why. */
final class ExportSummary {

    private static final int LISTED_FILES = 8;

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
            text.append(report.skipped().stream().map(s -> "Not exported: “" + s.title() + "”: " + s.reason())
                    .collect(Collectors.joining("\n", "\n", "\n")));
        }
        return text.toString().strip();
    }

    private static Path inFolder(Path file, Path folder) {
        Path where = folder.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(where) ? where.relativize(absolute) : file;
    }
}
