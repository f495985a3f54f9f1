package io.sourcemark.ui;

import io.sourcemark.service.DetectionReport;
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
        assertEquals("31 new suggestions in 3 of 10 articles (detection cancelled)",
                DetectionCommands.summary(new DetectionReport(31, 0, 4, 3), 10));
        assertEquals("0 new suggestions in 0 of 1 article (detection cancelled)",
                DetectionCommands.summary(new DetectionReport(0, 0, 0, 0), 1));
    }

    @Test
    void aFinishedRunSaysHowManySuggestionsAndWhere() {
        assertEquals("1 new suggestion", DetectionCommands.summary(new DetectionReport(1, 0, 1, 1), 1));
        assertEquals("1,120 new suggestions in 30 articles (2 already reviewed, left as they are)",
                DetectionCommands.summary(new DetectionReport(1120, 2, 9, 30), 30));
    }

    @Test
    void detectionStillQueuedWhenAnotherProjectIsOpenedStoresNothingAndLaterRequestsRun(@TempDir Path dir)
            throws Exception {
        ArrayDeque<Runnable> worker = new ArrayDeque<>();
        try (WorkspaceFixture fixture = WorkspaceFixture.queued(dir, worker::add)) {
            DetectionCommands commands = fixture.workspace.detection();

            commands.detect(List.of(fixture.afpId));
            commands.stop(); // File ▸ Open project… while the detection waits its turn
            drain(worker);
            assertTrue(fixture.project.articles().visibleAnnotations(fixture.afpId).isEmpty());

            commands.detect(List.of(fixture.afpId)); // the other project was refused: this one detects as before
            drain(worker);
            assertFalse(fixture.project.articles().visibleAnnotations(fixture.afpId).isEmpty());
            assertTrue(fixture.workspace.tasks().jobs().isEmpty());
        }
    }

    @Test
    void theFirstRunIsOneDetectionOfEveryArticleTheOpenOneFirst(@TempDir Path dir) throws Exception {
        try (WorkspaceFixture fixture = WorkspaceFixture.open(dir)) {
            fixture.workspace.detection().detectEverywhereStartingWith(fixture.afpId);

            String status = fixture.workspace.status().textProperty().get();
            assertTrue(status.matches("Saved · [0-9,]+ new suggestions in 30 articles"), status);
            assertEquals("Undo: Detect in 30 articles", fixture.workspace.history().undoTextProperty().get());
            assertFalse(fixture.workspace.open().annotations().isEmpty(), "the open article shows its suggestions");
        }
    }

    private static void drain(ArrayDeque<Runnable> worker) {
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
    }
}
