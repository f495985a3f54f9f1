package io.sourcemark.ui.export;

import io.sourcemark.service.AnnotationImportService;
import io.sourcemark.ui.Job;
import io.sourcemark.ui.StatusLine;
import io.sourcemark.ui.Tasks;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

/** File ▸ Import annotations…: merges W3C and brat files into the project as a job, then says what it did. */
public final class AnnotationImportViewModel {

    private final Tasks tasks;
    private final AnnotationImportService imports;
    private final StatusLine status;

    public AnnotationImportViewModel(Tasks tasks, AnnotationImportService imports, StatusLine status) {
        this.tasks = tasks;
        this.imports = imports;
        this.status = status;
    }

    /** The file name patterns the chooser offers. */
    public static List<String> patterns() {
        return List.of("*.jsonld", "*.json", "*.ann");
    }

    /**
     * Merges the files (and the supported files of folders) into the project.
     *
     * @param done told on the FX thread with the merge report: a headline, then its lines (conflicts and all)
     */
    public Job importFiles(List<Path> files, BiConsumer<String, String> done) {
        return tasks.job("Importing annotations", progress -> imports.importFiles(files,
                (finished, total, current) -> progress.update(finished, total, current == null
                        ? "Finishing the merge" : "Merging " + Path.of(current).getFileName()),
                progress::isCancelled), report -> {
                    String headline = MergeReportText.headline(report);
                    if (report.needsAttention()) {
                        status.report(headline);
                    } else {
                        status.saved(headline);
                    }
                    done.accept(headline, MergeReportText.details(report));
                }, status::failed);
    }
}
