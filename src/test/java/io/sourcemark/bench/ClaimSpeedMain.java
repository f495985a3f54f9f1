package io.sourcemark.bench;

/*
 * The cost of the claim step, measured against the engine without it in the same run (the machine is shared, so
 * the two alternate and the medians are compared). From the project folder, after building the class path:
 *
 *   java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.sourcemark.bench.ClaimSpeedMain [ROUNDS]
 */

import io.sourcemark.analysis.Analyzer;
import io.sourcemark.analysis.AnalyzerModels;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/** Prints the engine's MB/s on the sample articles with claims on and off, one thread, and the claims' share. */
public final class ClaimSpeedMain {

    private ClaimSpeedMain() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        String text = SampleCorpus.bodies();
        AnalyzerModels models = AnalyzerModels.load();
        Analyzer with = new Analyzer(models);
        Analyzer without = new Analyzer(models.withClaims(null));
        for (long t0 = System.nanoTime(); System.nanoTime() - t0 < 15_000_000_000L; ) {
            with.analyze(text);
            without.analyze(text);
        }
        double[] on = new double[rounds];
        double[] off = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            on[i] = seconds(with, text);
            off[i] = seconds(without, text);
        }
        double medianOn = median(on);
        double medianOff = median(off);
        double mb = text.length() / (double) SampleCorpus.MB;
        System.out.printf(Locale.ROOT, "sample articles (%s), %d alternating rounds, one thread:%n",
                SampleCorpus.describe(text), rounds);
        System.out.printf(Locale.ROOT, "  claims on:  median %.1f ms = %.2f MB/s (fastest %.2f MB/s)%n",
                medianOn * 1000, mb / medianOn, mb / Arrays.stream(on).min().orElseThrow());
        System.out.printf(Locale.ROOT, "  claims off: median %.1f ms = %.2f MB/s (fastest %.2f MB/s)%n",
                medianOff * 1000, mb / medianOff, mb / Arrays.stream(off).min().orElseThrow());
        System.out.printf(Locale.ROOT, "  claims take %.0f%% of the engine's time (median on / off = %.2f)%n",
                100 * (medianOn - medianOff) / medianOn, medianOn / medianOff);
    }

    private static double seconds(Analyzer analyzer, String text) {
        long t0 = System.nanoTime();
        analyzer.analyze(text);
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
