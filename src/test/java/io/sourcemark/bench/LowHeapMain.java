package io.sourcemark.bench;

import io.sourcemark.analysis.Analysis;
import io.sourcemark.analysis.Analyzer;
import java.util.Locale;

/** Analyses a 1 MB text; BenchmarkMain runs it in a JVM started with -Xmx256m to show it fits that heap. */
public final class LowHeapMain {

    private LowHeapMain() {
    }

    public static void main(String[] args) throws Exception {
        Runtime rt = Runtime.getRuntime();
        Analyzer analyzer = Analyzer.load();
        String text = SampleCorpus.ofSize(1);
        long t0 = System.nanoTime();
        Analysis a = analyzer.analyze(text);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long usedMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
        System.out.printf(Locale.ROOT, "analysed %s in %d ms with max heap %d MB (heap in use after: %d MB): "
                        + "%d quotes, %d claims, %d speakers%n", SampleCorpus.describe(text), ms, rt.maxMemory() >> 20,
                usedMb, a.quotes().size(), a.claims().size(), a.speakers().size());
    }
}
