package io.sourcemark.ui.reader;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.TextRange;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

/**
 * How long the highlight spans of a large article take: they are computed on the FX thread after every change, so
 * they must stay well under a frame (16 ms). A main that prints figures, not a test (surefire does not pick it up).
 */
final class HighlightStylesTiming {

    private HighlightStylesTiming() {
    }

    public static void main(String[] args) {
        String body = "word ".repeat(20_000); // 100,000 characters, about forty news articles
        Random random = new Random(42);
        Kind[] kinds = Kind.values();
        Origin[] origins = {Origin.MANUAL, Origin.DETECTED, Origin.CONFIRMED};
        for (int count : new int[] {100, 1_000, 5_000}) {
            List<Annotation> annotations = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int start = random.nextInt(body.length() - 400);
                TextRange range = new TextRange(start, start + 3 + random.nextInt(300));
                annotations.add(Annotation.of(1, kinds[i % kinds.length], origins[i % origins.length], range, body)
                        .withId(i + 1));
            }
            long best = Long.MAX_VALUE;
            for (int round = 0; round < 30; round++) {
                long t0 = System.nanoTime();
                HighlightStyles.compute(body.length(), annotations, EnumSet.allOf(Layer.class), 7,
                        HighlightPalette.LIGHT);
                best = Math.min(best, System.nanoTime() - t0);
            }
            System.out.printf("%,d annotations on %,d characters: %.2f ms%n", count, body.length(), best / 1e6);
        }
    }
}
