package io.sourcemark.ui.statistics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressPercentTest {

    @Test
    void aFirstCheckAndALastOneLeftShowAsSuchNotAsNoneOrAll() {
        assertEquals("0%", StatisticsView.percent(0));
        assertEquals("under 0.1%", StatisticsView.percent(1 / 5000.0));
        assertEquals("0.4%", StatisticsView.percent(4 / 1015.0));
        assertEquals("42%", StatisticsView.percent(0.4213));
        assertEquals("99.9%", StatisticsView.percent(1014 / 1015.0));
        assertEquals("100%", StatisticsView.percent(1));
    }
}
