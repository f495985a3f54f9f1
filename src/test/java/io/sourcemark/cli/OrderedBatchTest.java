package io.sourcemark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedBatchTest {

    @Test
    void handsBackResultsInSubmissionOrderAndReportsFailuresInPlace() throws Exception {
        List<String> seen = new ArrayList<>();
        try (OrderedBatch<Integer, Integer> batch = new OrderedBatch<>(2, OrderedBatchTest::slowSquare,
                (i, r) -> seen.add(i + "=" + r), (i, e) -> seen.add(i + " failed: " + e.getMessage()))) {
            for (int i = 0; i < 30; i++) {
                batch.submit(i);
            }
            batch.finish();
        }

        List<String> expected = IntStream.range(0, 30)
                .mapToObj(i -> i == 7 ? "7 failed: no seven" : i + "=" + i * i).toList();
        assertEquals(expected, seen);
    }

    private static Integer slowSquare(Integer i) {
        if (i == 7) {
            throw new IllegalArgumentException("no seven");
        }
        try {
            // Even items take longer, so the two threads finish out of order.
            Thread.sleep(i % 2 == 0 ? 6 : 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return i * i;
    }
}
