package io.sourcemark.bench;

import io.sourcemark.export.ExportFormat;
import io.sourcemark.export.ExportOptions;
import io.sourcemark.model.Annotation;
import io.sourcemark.model.ArticleMeta;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.TextRange;
import io.sourcemark.service.ExportReport;
import io.sourcemark.service.ExportRequest;
import io.sourcemark.service.ExportService;
import io.sourcemark.service.ImportProgress;
import io.sourcemark.service.TestProject;
import io.sourcemark.store.Priority;
import io.sourcemark.store.ProjectStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints how soon a PDF export of one long article (1 MB of sample text, 10,000 statements) stops once it is
 * cancelled, for Cancel pressed at several moments of it, and how long the whole export takes. The time between the
 * press and the export's next look at it is the figure: the renderer is asked while it styles, lays out and draws.
 */
public final class PdfCancelBenchmark {

    private static final int STATEMENTS = 10_000;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("sourcemark-pdf-cancel");
        Path file = dir.resolve("long.sourcemark");
        build(file);
        long[] moments = {500, 1_500, 2_500, 4_000, 8_000, Long.MAX_VALUE / 2_000_000};
        for (int i = 0; i < moments.length; i++) {
            export(file, dir.resolve("out" + i), moments[i]);
        }
    }

    private static void build(Path file) throws Exception {
        try (TestProject made = TestProject.open(file)) {
            made.project(); // creates the project's schema
        }
        String text = SampleCorpus.ofSize(1.0).strip() + "\n";
        try (ProjectStore store = ProjectStore.open(file)) {
            store.change(Priority.BACKGROUND, "Build a long article", tx -> {
                long id = tx.articles().insert(new ArticleMeta("A long article", "Bench", null, null, null, null,
                        null, null), text, "bench").id();
                int step = text.length() / STATEMENTS;
                for (int i = 0; i < STATEMENTS; i++) {
                    Kind kind = i % 2 == 0 ? Kind.DIRECT_QUOTE : Kind.CLAIM;
                    tx.annotations().insert(Annotation.of(id, kind, Origin.CONFIRMED,
                            new TextRange(i * step, i * step + step / 2), text));
                }
                return null;
            });
        }
    }

    private static void export(Path file, Path folder, long cancelAtMillis) throws Exception {
        try (TestProject project = TestProject.open(file)) {
            ExportService exports = new ExportService(project.project());
            ExportRequest request = new ExportRequest(ExportFormat.PDF, List.of(), folder, ExportOptions.everything(),
                    false, false);
            long start = System.nanoTime();
            long[] firstAskedAfter = {0};
            ExportReport report = exports.export(request, ImportProgress.NONE, () -> {
                boolean stop = System.nanoTime() - start > cancelAtMillis * 1_000_000L;
                if (stop && firstAskedAfter[0] == 0) {
                    firstAskedAfter[0] = System.nanoTime();
                }
                return stop;
            });
            long end = System.nanoTime();
            if (!report.stopped()) {
                System.out.printf("not cancelled: the whole export took %d ms%n", (end - start) / 1_000_000);
                return;
            }
            System.out.printf("cancelled at %d ms: first asked at %d ms, stopped %d ms after that (%d ms after "
                            + "the press)%n", cancelAtMillis, (firstAskedAfter[0] - start) / 1_000_000,
                    (end - firstAskedAfter[0]) / 1_000_000, (end - start) / 1_000_000 - cancelAtMillis);
        }
    }
}
