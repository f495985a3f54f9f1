package io.sourcemark.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The OpenNLP English models and the claim model, loaded once from the classpath; the model objects are
 * thread-safe. claims may be null: the engine then suggests no claims.
 */
public record AnalyzerModels(SentenceModel sentences, POSModel pos, ClaimModel claims) {

    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.1-2.4.0.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.1-2.4.0.bin";

    /** Loads the models shipped in the opennlp-models-*-en jars and the engine's claim model. */
    public static AnalyzerModels load() {
        try {
            return new AnalyzerModels(new SentenceModel(open(SENTENCE_MODEL)), new POSModel(open(POS_MODEL)),
                    ClaimModel.load());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the English language models from the classpath", e);
        }
    }

    /**
     * The same language models with another claim model (one trained on other articles, say); null for an engine
     * that finds quotes and speakers but no claims.
     */
    public AnalyzerModels withClaims(ClaimModel model) {
        return new AnalyzerModels(sentences, pos, model);
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = AnalyzerModels.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("Missing language model " + name + " (opennlp-models-*-en jars on the classpath?)");
        }
        return in;
    }
}
