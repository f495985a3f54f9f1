package io.sourcemark.ui;

import io.sourcemark.importer.ImporterRegistry;
import io.sourcemark.service.AnalyzerSupplier;
import io.sourcemark.service.AnnotationService;
import io.sourcemark.service.ArticleService;
import io.sourcemark.service.DetectionReport;
import io.sourcemark.service.DetectionService;
import io.sourcemark.service.ComputePool;
import io.sourcemark.service.ImportService;
import io.sourcemark.service.Project;
import io.sourcemark.service.UndoHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DetectionCommandsTest {

    @Test
    void aCancelledBatchSaysHowFarItGotNotHowManyWereAskedFor() {
        assertEquals("31 suggestions in 3 of 10 articles (detection cancelled)",
                DetectionCommands.summary(new DetectionReport(31, 0, 4, 3), 10));
        assertEquals("0 suggestions in 0 of 1 article (detection cancelled)",
                DetectionCommands.summary(new DetectionReport(0, 0, 0, 0), 1));
    }

    @Test
    void aFinishedRunSaysHowManySuggestionsAndWhere() {
        assertEquals("1 suggestion", DetectionCommands.summary(new DetectionReport(1, 0, 1, 1), 1));
        assertEquals("120 suggestions in 10 articles (2 already reviewed, left as they are)",
                DetectionCommands.summary(new DetectionReport(120, 2, 9, 10), 10));
    }

    @Test
    void detectionStillQueuedWhenAnotherProjectIsOpenedStoresNothingAndLaterRequestsRun(@TempDir Path dir)
            throws Exception {
        Project project = Project.open(dir.resolve("first.sourcemark"));
        try {
            long afp = new ImportService(project, ImporterRegistry.standard(), new ComputePool(2)).importBundledSamples();
            ArrayDeque<Runnable> worker = new ArrayDeque<>();
            BackgroundTasks tasks = new BackgroundTasks(worker::add, Runnable::run, null);
            UndoHistory history = new UndoHistory(project);
            ArticleService articles = new ArticleService(project);
            WorkspaceViewModel model = new WorkspaceViewModel(articles,
                    new AnnotationService(project), history, tasks);
            DetectionCommands commands = new DetectionCommands(model,
                    new DetectionService(project, new AnalyzerSupplier(), new ComputePool(2)), tasks);

            commands.detect(List.of(afp));
            commands.stop(); // File ▸ Open project… while the detection waits its turn
            drain(worker);
            assertTrue(articles.visibleAnnotations(afp).isEmpty());

            commands.detect(List.of(afp)); // the other project was refused: this one detects as before
            drain(worker);
            assertFalse(articles.visibleAnnotations(afp).isEmpty());
        } finally {
            project.close();
        }
    }

    private static void drain(ArrayDeque<Runnable> worker) {
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
    }
}
