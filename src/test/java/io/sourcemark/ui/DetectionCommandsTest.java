package io.sourcemark.ui;

import io.sourcemark.service.DetectionReport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
